using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Services.Events;

namespace SalesOps.Services.Tests.Events;

/// <summary>What a live page relies on: one subscription to <see cref="IDashboardChange"/> hears every kind, and a page that goes leaves nothing behind.</summary>
public sealed class DashboardChangeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly InProcessEventBus _bus = new(NullLogger<InProcessEventBus>.Instance);

    /// <summary>One of each kind of change there is; a new kind fails the test below until it is added here.</summary>
    private static readonly IDashboardChange[] OneOfEach =
    [
        new SignalsChanged(1, 10, At),
        new HealthRecomputed([1, 2], AllAccounts: false, At),
        new ConfigurationChanged(7, At),
        new HandoffsChanged(1, 20, At),
        new DealsChanged(1, 30, At),
    ];

    [Fact]
    public async Task A_subscriber_of_dashboard_changes_receives_every_kind_of_change()
    {
        var kinds = typeof(IDashboardChange).Assembly.GetTypes()
            .Where(t => typeof(IDashboardChange).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .ToHashSet();
        Assert.Equal(kinds, OneOfEach.Select(c => c.GetType()).ToHashSet());
        var received = new ConcurrentQueue<IDashboardChange>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _bus.Subscribe<IDashboardChange>(c =>
        {
            received.Enqueue(c);
            if (received.Count == OneOfEach.Length)
            {
                all.TrySetResult();
            }

            return Task.CompletedTask;
        });

        foreach (var change in OneOfEach)
        {
            _bus.Publish(change);
        }

        await all.Task.WaitAsync(Timeout);

        Assert.Equal(OneOfEach.ToHashSet(), received.ToHashSet());
    }

    [Fact]
    public async Task A_disposed_subscription_gets_nothing_and_keeps_nothing_alive_even_while_its_owner_holds_it()
    {
        var calls = new StrongBox<int>();
        var (subscription, page) = SubscribeAPage(_bus, calls);
        Assert.Equal(1, _bus.SubscriptionCount);

        // A component keeps its subscription in a field and disposes it when it goes; here the test holds it.
        subscription.Dispose();
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_bus.Subscribe<IDashboardChange>(_ => { witness.TrySetResult(); return Task.CompletedTask; }))
        {
            _bus.Publish(new SignalsChanged(1, 1, At));
            await witness.Task.WaitAsync(Timeout);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(0, Volatile.Read(ref calls.Value));
        Assert.Equal(0, _bus.SubscriptionCount);
        Assert.False(page.TryGetTarget(out _), "The disposed subscription still keeps its handler's page alive.");
        GC.KeepAlive(subscription);
    }

    [Fact]
    public void A_change_concerns_the_accounts_it_names_and_one_that_names_none_concerns_every_account()
    {
        Assert.True(new SignalsChanged(5, 1, At).Concerns(5));
        Assert.False(new SignalsChanged(6, 1, At).Concerns(5));
        Assert.True(new HandoffsChanged(5, 1, At).Concerns(5));
        Assert.False(new HandoffsChanged(6, 1, At).Concerns(5));
        Assert.True(new DealsChanged(5, 1, At).Concerns(5));
        Assert.False(new DealsChanged(6, 1, At).Concerns(5));
        Assert.True(new HealthRecomputed([4, 5], AllAccounts: false, At).Concerns(5));
        Assert.False(new HealthRecomputed([6, 7], AllAccounts: false, At).Concerns(5));
        Assert.True(new HealthRecomputed([], AllAccounts: true, At).Concerns(5));
        Assert.True(new ConfigurationChanged(3, At).Concerns(5));
    }

    // Not inlined, so that no local of the test method keeps the page object reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (IDisposable Subscription, WeakReference<object> Page) SubscribeAPage(InProcessEventBus bus, StrongBox<int> calls)
    {
        var page = new ListeningPage(calls);
        return (bus.Subscribe<IDashboardChange>(page.OnChangeAsync), new WeakReference<object>(page));
    }

    /// <summary>Stands for a component: the handler is its instance method, so the handler's target is the page.</summary>
    private sealed class ListeningPage(StrongBox<int> calls)
    {
        public Task OnChangeAsync(IDashboardChange change)
        {
            Interlocked.Increment(ref calls.Value);
            return Task.CompletedTask;
        }
    }
}
