namespace SalesOps.Core.Domain;

/// <summary>A help-desk ticket. Without an account it is <em>unlinked</em>: a data-quality problem.</summary>
public class SupportTicket : IVersioned
{
    public long Id { get; set; }
    public int? AccountId { get; set; }
    public Account? Account { get; set; }
    public string? ExternalId { get; set; }
    public string Subject { get; set; } = "";
    public string? RequesterEmail { get; set; }
    /// <summary>Organisation name as the help desk sent it; used to link unlinked tickets.</summary>
    public string? OrganizationName { get; set; }
    public TicketPriority Priority { get; set; }
    public TicketStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? SolvedAt { get; set; }
    public SatisfactionRating Satisfaction { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public string? EscalationReason { get; set; }
    public int? AssigneeId { get; set; }
    public TeamMember? Assignee { get; set; }
    public Guid Version { get; set; }

    public bool IsOpen => Status is not (TicketStatus.Solved or TicketStatus.Closed);
    public bool IsEscalated => EscalatedAt is not null;
}
