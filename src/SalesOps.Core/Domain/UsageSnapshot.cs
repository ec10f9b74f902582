namespace SalesOps.Core.Domain;

/// <summary>An account's product usage in one period (a week starting on <see cref="PeriodStart"/>).</summary>
public class UsageSnapshot
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly PeriodStart { get; set; }
    public int ActiveUsers { get; set; }
    public int SeatsUsed { get; set; }
    public int SeatsLicensed { get; set; }
    public long ApiCalls { get; set; }
    public long ApiCallLimit { get; set; }
    public decimal StorageUsedGb { get; set; }
    public int StorageLimitGb { get; set; }
    /// <summary>Users who used at least one advanced feature in the period.</summary>
    public int AdvancedFeatureUsers { get; set; }
    public int DepartmentsActive { get; set; }
    /// <summary>Users who hit their per-user limit in the period (power users maxed out).</summary>
    public int UsersAtLimit { get; set; }
}
