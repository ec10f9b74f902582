using SalesOps.Core.Domain;

namespace SalesOps.Core.Renewals;

/// <summary>Where an account's renewal stands, read from its renewal opportunity.</summary>
public enum RenewalStatus { NotStarted, InProgress, Committed, Renewed, Churned }

/// <summary>The one mapping from a renewal opportunity's stage to the renewal's status.</summary>
public static class RenewalStatuses
{
    /// <summary>
    /// No renewal deal → Not started; Prospecting, Qualification, Proposal → In progress; Negotiation → Committed;
    /// Closed won → Renewed; Closed lost → Churned.
    /// </summary>
    public static RenewalStatus FromStage(OpportunityStage? stage) => stage switch
    {
        null => RenewalStatus.NotStarted,
        OpportunityStage.Prospecting or OpportunityStage.Qualification or OpportunityStage.Proposal => RenewalStatus.InProgress,
        OpportunityStage.Negotiation => RenewalStatus.Committed,
        OpportunityStage.ClosedWon => RenewalStatus.Renewed,
        OpportunityStage.ClosedLost => RenewalStatus.Churned,
        _ => RenewalStatus.NotStarted,
    };

    public static string Text(RenewalStatus status) => status switch
    {
        RenewalStatus.InProgress => "In progress",
        RenewalStatus.Committed => "Committed",
        RenewalStatus.Renewed => "Renewed",
        RenewalStatus.Churned => "Churned",
        _ => "Not started",
    };
}
