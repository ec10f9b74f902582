using SalesOps.Core.Domain;

namespace SalesOps.Services.Accounts;

/// <summary>One row of the accounts list.</summary>
public sealed record AccountListItem(
    int Id,
    string Name,
    string Domain,
    Segment Segment,
    Region Region,
    string Plan,
    decimal Arr,
    DateOnly RenewalDate,
    Lifecycle Lifecycle,
    SupportTier SupportTier,
    string? OwnerName,
    string? CsmName,
    int OpenTickets,
    decimal? Csat,
    bool HasOpenEscalation);
