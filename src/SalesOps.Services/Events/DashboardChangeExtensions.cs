namespace SalesOps.Services.Events;

/// <summary>Questions a live view asks of a change before it reloads.</summary>
public static class DashboardChangeExtensions
{
    /// <summary>
    /// Whether <paramref name="change"/> may alter what is shown about account <paramref name="accountId"/>. A change
    /// that names no account (a new configuration, a recompute of every account, a kind added later) concerns every account.
    /// </summary>
    public static bool Concerns(this IDashboardChange change, int accountId)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            HealthRecomputed h => h.AllAccounts || h.AccountIds.Contains(accountId),
            SignalsChanged s => s.AccountId == accountId,
            HandoffsChanged h => h.AccountId == accountId,
            DealsChanged d => d.AccountId == accountId,
            _ => true,
        };
    }
}
