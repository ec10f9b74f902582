using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Security;

namespace SalesOps.Services.Deals;

/// <summary>Deals (opportunities): listing an account's, and moving them through their stages.</summary>
public interface IDealService
{
    /// <summary>The account's deals, latest close date first.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<IReadOnlyList<DealListItem>> GetForAccountAsync(int accountId, CancellationToken ct = default);

    /// <summary>
    /// Moves a deal to <paramref name="stage"/>, keeping the stage history. Closing it won starts its handoff in the
    /// same transaction (see the handoff rules); a closed deal cannot be reopened. <paramref name="version"/> is the
    /// version the person saw, so a concurrent change is reported, not overwritten. After the commit it announces
    /// <see cref="Events.DealsChanged"/>, and <see cref="Events.HandoffsChanged"/> when a handoff started.
    /// </summary>
    [RequiresPolicy(Policies.EditDeals)]
    Task<DealStageResult> ChangeStageAsync(int dealId, OpportunityStage stage, Guid version, CancellationToken ct = default);
}
