using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesOps.Data.Changes;
using SalesOps.Services.Accounts;
using SalesOps.Services.Events;
using SalesOps.Services.Expansion;

namespace SalesOps.Services.Health;

/// <summary>
/// Keeps what is derived from an account's facts current whichever path wrote them (page, import, API, job): the
/// database context reports each committed change here, and this worker refreshes the support fields of accounts whose
/// tickets changed and recomputes the health of every account touched, then publishes <see cref="HealthRecomputed"/>;
/// accounts with new usage also go through expansion detection.
/// Changes that arrive while a recompute runs are handled together in the next one.
/// </summary>
internal sealed class AccountFactsRecomputeWorker(
    IServiceScopeFactory scopes,
    IHealthSnapshotService snapshots,
    IEventBus events,
    TimeProvider clock,
    ILogger<AccountFactsRecomputeWorker> logger,
    SignalDetection? detection = null) : BackgroundService, IAccountFactsListener
{
    private readonly Channel<AccountFactsChange> _changes = Channel.CreateUnbounded<AccountFactsChange>(
        new UnboundedChannelOptions { SingleReader = true });

    public void OnAccountFactsChanged(AccountFactsChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Writer.TryWrite(change);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            var accounts = new Dictionary<int, AccountFactKinds>();
            while (reader.TryRead(out var change))
            {
                foreach (var (id, kinds) in change.Accounts)
                {
                    accounts[id] = accounts.GetValueOrDefault(id) | kinds;
                }
            }

            try
            {
                await RecomputeAsync(new AccountFactsChange(accounts), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The daily recompute catches up with whatever is missed here.
                logger.LogError(ex, "Recomputing {Count} accounts after a change failed", accounts.Count);
            }
        }
    }

    private async Task RecomputeAsync(AccountFactsChange change, CancellationToken ct)
    {
        var withTickets = change.WithTicketChanges;
        if (withTickets.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            // Refreshing the support fields recomputes those accounts' health as well.
            await scope.ServiceProvider.GetRequiredService<ISupportFieldsService>().RefreshAsync(withTickets, ct);
        }

        var others = change.Accounts.Keys.Except(withTickets).ToArray();
        if (others.Length > 0)
        {
            await snapshots.RecomputeAccountsAsync(others, ct);
        }

        events.Publish(new HealthRecomputed([.. change.Accounts.Keys], AllAccounts: false, clock.GetUtcNow()));

        // New usage may cross an expansion threshold.
        var withUsage = change.Accounts.Where(a => a.Value.HasFlag(AccountFactKinds.Usage)).Select(a => a.Key).ToArray();
        if (detection is not null && withUsage.Length > 0)
        {
            await detection.DetectAsync(withUsage, ct);
        }
    }
}
