namespace SalesOps.Services.Analytics;

/// <summary>Columns the at-risk list can be sorted by; the default is ARR at stake, largest first.</summary>
public enum AtRiskSort
{
    ArrAtStake,
    Arr,
    Name,
    RenewalDate,
    Score,
    Csm,
    Owner,
}
