namespace SalesOps.Services.Analytics;

/// <summary>
/// The help desk's open escalated tickets (<see cref="Tickets"/> is <see cref="PortfolioSummary.OpenEscalations"/>,
/// unlinked tickets included), how many accounts they concern, and those accounts, longest escalated first.
/// </summary>
public sealed record OpenEscalations(int Tickets, int Accounts, IReadOnlyList<EscalatedAccount> Longest, DateTimeOffset AsOf);
