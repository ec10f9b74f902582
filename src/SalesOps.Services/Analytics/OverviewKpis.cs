namespace SalesOps.Services.Analytics;

/// <summary>
/// The overview's headline numbers, over accounts that have not churned. The portfolio counts (accounts, ARR,
/// renewals, open escalations, open signals) are the wall display's <see cref="PortfolioSummary"/>, so both always agree.
/// </summary>
/// <param name="Portfolio">Accounts, ARR, renewals in the next 90 days, open escalated tickets, open expansion signals.</param>
/// <param name="AverageHealth">Plain (not ARR-weighted) mean of the current score of scored accounts; null when none is scored.</param>
/// <param name="ScoredAccounts">Accounts that have a current score.</param>
/// <param name="AtRiskAccounts">Accounts whose latest health says at risk.</param>
/// <param name="ArrAtRisk">
/// ARR at risk: the sum of ARR at stake (ARR × (1 − renewal likelihood of the band), <c>Account.Health.ArrAtStake</c>)
/// over the at-risk accounts — the ARR the forecast does not expect to keep among the accounts that need attention.
/// </param>
/// <param name="ArrOfAtRiskAccounts">The full ARR of the at-risk accounts, for context next to <paramref name="ArrAtRisk"/>.</param>
public sealed record OverviewKpis(
    PortfolioSummary Portfolio,
    double? AverageHealth,
    int ScoredAccounts,
    int AtRiskAccounts,
    decimal ArrAtRisk,
    decimal ArrOfAtRiskAccounts);
