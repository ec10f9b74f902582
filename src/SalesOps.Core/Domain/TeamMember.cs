namespace SalesOps.Core.Domain;

/// <summary>
/// A person on our side (account executive, CSM, support rep, ops). Accounts, deals, handoffs and signals point
/// at team members; sign-in users are linked to a team member by e-mail.
/// </summary>
public class TeamMember
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public TeamRole Role { get; set; }
    public string? Team { get; set; }
    public bool IsActive { get; set; } = true;
}
