namespace SalesOps.Core.Domain;

/// <summary>
/// The support fields that follow from an account's tickets. Never edited by hand: <c>SupportFieldsCalculator</c>
/// computes them and every write path that touches tickets stores the result.
/// </summary>
public class DerivedSupportFields : IDerivedValues
{
    /// <summary>Share of rated tickets solved in the last 90 days rated Good, 0–100; null when none were rated.</summary>
    public decimal? CsatLast90Days { get; set; }
    public int CsatResponsesLast90Days { get; set; }
    public int OpenTicketCount { get; set; }
    public DateTimeOffset? LastInteractionAt { get; set; }
    public int EscalationCount { get; set; }
    public int EscalationsLast90Days { get; set; }
    public DateTimeOffset? LastEscalationAt { get; set; }
    public bool HasOpenEscalation { get; set; }
    /// <summary>The moment the 90-day window was measured from.</summary>
    public DateTimeOffset? ComputedAt { get; set; }
}
