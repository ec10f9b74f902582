namespace SalesOps.Core.Domain;

/// <summary>A logged call, e-mail, meeting or note against an account.</summary>
public class Activity
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int? OpportunityId { get; set; }
    public ActivityType Type { get; set; }
    public string Subject { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public int? LoggedById { get; set; }
    public TeamMember? LoggedBy { get; set; }
}
