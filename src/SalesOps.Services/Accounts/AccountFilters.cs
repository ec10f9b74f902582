using SalesOps.Core.Domain;

namespace SalesOps.Services.Accounts;

/// <summary>The segment / CSM / owner filters that the accounts list, at-risk list and renewal pipeline share.</summary>
internal static class AccountFilters
{
    public static IQueryable<Account> InSegmentAndBook(this IQueryable<Account> accounts, Segment? segment, int? csmId, int? ownerId)
    {
        if (segment is { } s)
        {
            accounts = accounts.Where(a => a.Segment == s);
        }

        if (csmId is { } csm)
        {
            accounts = accounts.Where(a => a.CsmId == csm);
        }

        if (ownerId is { } owner)
        {
            accounts = accounts.Where(a => a.OwnerId == owner);
        }

        return accounts;
    }
}
