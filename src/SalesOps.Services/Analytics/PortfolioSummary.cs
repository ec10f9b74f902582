namespace SalesOps.Services.Analytics;

/// <summary>
/// The headline numbers of the whole customer base at <paramref name="AsOf"/>. Accounts, ARR and renewals count
/// customers that have not churned; tickets and escalations are the help desk's open queue; signals are those not yet
/// turned into an opportunity or dismissed.
/// </summary>
public sealed record PortfolioSummary(
    int Accounts,
    decimal TotalArr,
    int OpenTickets,
    int OpenEscalations,
    int RenewalsNext90Days,
    decimal RenewalArrNext90Days,
    int OpenExpansionSignals,
    DateTimeOffset AsOf);
