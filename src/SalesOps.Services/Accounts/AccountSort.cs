namespace SalesOps.Services.Accounts;

/// <summary>Columns the accounts list can be sorted by.</summary>
public enum AccountSort
{
    Name,
    Segment,
    Arr,
    RenewalDate,
    Lifecycle,
    SupportTier,
    OpenTickets,
    Csat,
    Owner,
    Csm,
}
