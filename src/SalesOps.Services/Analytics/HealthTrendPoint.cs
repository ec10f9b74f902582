namespace SalesOps.Services.Analytics;

/// <summary>A score on a snapshot date: for the portfolio the mean over the accounts scored that day (<paramref name="Accounts"/>), for one account its score.</summary>
public sealed record HealthTrendPoint(DateOnly Date, double Score, int Accounts);
