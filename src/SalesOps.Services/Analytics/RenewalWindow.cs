namespace SalesOps.Services.Analytics;

/// <summary>
/// Live accounts renewing from today up to <paramref name="Days"/> days ahead (both days included): how many, their
/// ARR, and how many of them are at risk with their ARR at stake.
/// </summary>
public sealed record RenewalWindow(int Days, int Renewals, decimal Arr, int AtRiskRenewals, decimal ArrAtRisk);
