namespace SalesOps.Services.Analytics;

/// <summary>
/// Renewals due within 30, 60 and 90 days (each window includes the shorter ones, so the 90-day window is
/// <see cref="PortfolioSummary.RenewalsNext90Days"/>).
/// </summary>
public sealed record RenewalsDue(IReadOnlyList<RenewalWindow> Windows, DateTimeOffset AsOf);
