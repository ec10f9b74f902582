namespace SalesOps.Core.Domain;

/// <summary>The limits of the plan an account is on; usage is compared with these.</summary>
public class PlanLimits
{
    public int Seats { get; set; }
    public long ApiCallsPerMonth { get; set; }
    public int StorageGb { get; set; }
    public int Projects { get; set; }
}
