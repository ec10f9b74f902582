namespace SalesOps.Core.Domain;

/// <summary>A support → sales expansion signal and where it is in the process.</summary>
public class ExpansionSignal : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public ExpansionTrigger Trigger { get; set; }
    public SignalSource Source { get; set; }
    public SignalStatus Status { get; set; }
    public string? Context { get; set; }
    public string? CustomerWords { get; set; }
    public Sentiment Sentiment { get; set; }
    /// <summary>For detected signals: the numbers that fired it, e.g. "seats 188 of 200".</summary>
    public string? Evidence { get; set; }
    public long? TicketId { get; set; }
    public decimal? EstimatedArr { get; set; }
    public int? LoggedById { get; set; }
    public TeamMember? LoggedBy { get; set; }
    public int? AccountManagerId { get; set; }
    public TeamMember? AccountManager { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
    public DateTimeOffset? NotifiedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public DateTimeOffset? IntroducedAt { get; set; }
    /// <summary>The warm introduction as it was sent: recipients, subject and message, so whoever reads the signal later knows what was said.</summary>
    public string? Introduction { get; set; }
    public int? OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? DismissedReason { get; set; }
    /// <summary>Set by integrations so a retried POST does not create a second signal.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>SHA-256 of the request body that came with <see cref="IdempotencyKey"/>: a replay with another body is refused.</summary>
    public string? IdempotencyHash { get; set; }
    public Guid Version { get; set; }

    public bool IsOpen => Status is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed);
}
