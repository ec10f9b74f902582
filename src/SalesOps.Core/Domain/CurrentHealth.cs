namespace SalesOps.Core.Domain;

/// <summary>
/// The account's latest health snapshot, kept on the account row so dashboards and lists read one row per account
/// (they never recompute health). Written only by the health snapshot job.
/// </summary>
public class CurrentHealth : IDerivedValues
{
    public int? Score { get; set; }
    public HealthBand? Band { get; set; }
    public int Confidence { get; set; }
    public bool IsAtRisk { get; set; }
    /// <summary>ARR the renewal forecast does not expect to keep (ARR × (1 − likelihood of the band)).</summary>
    public decimal ArrAtStake { get; set; }
    public DateTimeOffset? ComputedAt { get; set; }
}
