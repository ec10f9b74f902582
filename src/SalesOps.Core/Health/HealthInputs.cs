using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>
/// What the health model reads about one account. Null means "not known" (no usage reported, no tickets, no rating):
/// a missing input lowers the confidence and never counts as zero.
/// </summary>
public sealed record HealthInputs
{
    // Product adoption: the latest usage period.
    public int? SeatsUsed { get; init; }
    public int? SeatsLicensed { get; init; }
    public int? ActiveUsers { get; init; }
    public int? AdvancedFeatureUsers { get; init; }

    // Support experience: null when the account has never opened a ticket.
    public int? EscalationsLast90Days { get; init; }
    public bool? HasOpenEscalation { get; init; }
    public int? OpenTickets { get; init; }

    // Engagement.
    public int? DaysSinceLastMeeting { get; init; }
    public int? ActivitiesLast90Days { get; init; }

    // Sentiment.
    public decimal? CsatLast90Days { get; init; }
    public Sentiment? LatestSignalSentiment { get; init; }

    // Commercial.
    public decimal? Arr { get; init; }
    /// <summary>Expansion − contraction − churn over the last 12 months.</summary>
    public decimal? NetArrChange12Months { get; init; }
    public int? DaysToRenewal { get; init; }
    public OpportunityStage? RenewalStage { get; init; }
}
