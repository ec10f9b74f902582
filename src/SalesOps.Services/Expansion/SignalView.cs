using SalesOps.Core.Domain;

namespace SalesOps.Services.Expansion;

/// <summary>A signal with its account, people, process stamps and acknowledgement SLA.</summary>
public sealed record SignalView
{
    public required int Id { get; init; }
    public required Guid Version { get; init; }
    public required int AccountId { get; init; }
    public required string AccountName { get; init; }
    public required ExpansionTrigger Trigger { get; init; }
    public required string TriggerLabel { get; init; }
    public required SignalSource Source { get; init; }
    public required SignalStatus Status { get; init; }
    public string? Context { get; init; }
    public string? CustomerWords { get; init; }
    public required Sentiment Sentiment { get; init; }
    public string? Evidence { get; init; }
    public long? TicketId { get; init; }
    public decimal? EstimatedArr { get; init; }
    public string? LoggedBy { get; init; }
    public int? AccountManagerId { get; init; }
    public string? AccountManager { get; init; }
    public required DateTimeOffset LoggedAt { get; init; }
    public DateTimeOffset? NotifiedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? IntroducedAt { get; init; }

    /// <summary>The introduction as it was sent (recipients, subject, message), when the account manager kept it.</summary>
    public string? Introduction { get; init; }
    public int? OpportunityId { get; init; }
    public string? OpportunityName { get; init; }
    public OpportunityStage? OpportunityStage { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? DismissedReason { get; init; }
    public required DateTimeOffset AcknowledgementDue { get; init; }
    public required bool AcknowledgementOverdue { get; init; }

    public bool IsOpen => Status is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed);
}
