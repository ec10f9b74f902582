using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Accounts;

/// <summary>Reads and edits accounts for the accounts list and the account page.</summary>
public interface IAccountService
{
    /// <summary>One page of accounts matching the query; filtering, sorting and paging run in the database.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PagedResult<AccountListItem>> SearchAsync(AccountQuery query, CancellationToken ct = default);

    /// <summary>The account page's data, or null when there is no such account.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<AccountDetails?> GetAsync(int accountId, CancellationToken ct = default);

    /// <summary>Active team members, optionally of one role, by name.</summary>
    [AnyUser]
    Task<IReadOnlyList<TeamMemberOption>> GetTeamAsync(TeamRole? role = null, CancellationToken ct = default);

    /// <summary>
    /// Sets the account's support tier and primary support contact. The contact must belong to the account;
    /// <paramref name="version"/> is the version the person edited, so a concurrent change is reported, not overwritten.
    /// </summary>
    [RequiresPolicy(Policies.EditCustomers)]
    Task<ServiceResult> UpdateSupportSettingsAsync(int accountId, SupportTier tier, int? primaryContactId, Guid version, CancellationToken ct = default);
}
