namespace SalesOps.Core.Domain;

/// <summary>A person at a customer account.</summary>
public class Contact : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Title { get; set; }
    public ContactRole Role { get; set; }
    public string? Department { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}
