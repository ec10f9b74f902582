namespace SalesOps.Services.Analytics;

/// <summary>
/// ARR at risk (the same figures as <see cref="OverviewKpis"/>) and the at-risk accounts with the most ARR at stake,
/// with their reasons in words.
/// </summary>
/// <param name="AtRiskAccounts">Live accounts whose latest health says at risk.</param>
/// <param name="ArrAtRisk">Their ARR at stake, summed (see <see cref="OverviewKpis.ArrAtRisk"/>).</param>
/// <param name="ArrOfAtRiskAccounts">Their full ARR.</param>
/// <param name="Top">The at-risk accounts with the most ARR at stake, most first.</param>
/// <param name="AsOf">When the figures were read.</param>
public sealed record ArrAtRiskSummary(
    int AtRiskAccounts,
    decimal ArrAtRisk,
    decimal ArrOfAtRiskAccounts,
    IReadOnlyList<AtRiskRow> Top,
    DateTimeOffset AsOf);
