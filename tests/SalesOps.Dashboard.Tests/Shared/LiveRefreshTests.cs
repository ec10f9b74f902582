using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Events;

namespace SalesOps.Dashboard.Tests.Shared;

/// <summary>
/// The live-update component over the app's real event bus, with a fake clock for its debounce: a burst of changes
/// reloads the page once, a reload that is under way is followed by exactly one more, and a page that is gone hears nothing.
/// </summary>
public sealed class LiveRefreshTests : MudTestBase
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private int _seen;
    private int _reloads;

    public LiveRefreshTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
    }

    private InProcessEventBus Bus => Services.GetRequiredService<InProcessEventBus>();

    [Fact]
    public void A_burst_of_changes_reloads_the_page_once_when_the_debounce_has_passed_and_says_so()
    {
        var cut = RenderLive(() => Interlocked.Increment(ref _reloads));
        Assert.Empty(cut.FindAll("[data-testid=live-updated]"));

        Bus.Publish(new SignalsChanged(1, 1, Now));
        Bus.Publish(new HealthRecomputed([1], AllAccounts: false, Now));
        Bus.Publish(new HandoffsChanged(1, 2, Now));
        SeenAll(3);
        _clock.Advance(LiveRefresh.DefaultDebounce - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, Volatile.Read(ref _reloads));
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        cut.WaitForAssertion(() => Assert.Equal("Updated just now", cut.Find("[data-testid=live-updated]").TextContent));
        Assert.Equal(1, Volatile.Read(ref _reloads));

        // The next change is a new burst of its own.
        Bus.Publish(new ConfigurationChanged(2, Now));
        SeenAll(4);
        _clock.Advance(LiveRefresh.DefaultDebounce);
        cut.WaitForAssertion(() => Assert.Equal(2, Volatile.Read(ref _reloads)));
    }

    [Fact]
    public void Changes_that_do_not_concern_the_page_reload_nothing()
    {
        var cut = RenderLive(() => Interlocked.Increment(ref _reloads), accountId: 5);

        Bus.Publish(new SignalsChanged(6, 1, Now));
        Bus.Publish(new HealthRecomputed([6, 7], AllAccounts: false, Now));
        SeenAll(2);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, Volatile.Read(ref _reloads));

        Bus.Publish(new HealthRecomputed([5], AllAccounts: false, Now));
        SeenAll(3);
        _clock.Advance(LiveRefresh.DefaultDebounce);
        cut.WaitForAssertion(() => Assert.Equal(1, Volatile.Read(ref _reloads)));
    }

    [Fact]
    public void A_change_during_a_reload_brings_exactly_one_more_reload_after_it()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cut = RenderLive(async () =>
        {
            if (Interlocked.Increment(ref _reloads) == 1)
            {
                await release.Task;
            }
        });

        Bus.Publish(new SignalsChanged(1, 1, Now));
        SeenAll(1);
        _clock.Advance(LiveRefresh.DefaultDebounce);
        cut.WaitForAssertion(() => Assert.Equal(1, Volatile.Read(ref _reloads)));
        Bus.Publish(new SignalsChanged(1, 2, Now));
        Bus.Publish(new SignalsChanged(1, 3, Now));
        SeenAll(3);
        _clock.Advance(LiveRefresh.DefaultDebounce);
        release.SetResult();

        cut.WaitForAssertion(() => Assert.Equal(2, Volatile.Read(ref _reloads)));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(2, Volatile.Read(ref _reloads));
    }

    [Fact]
    public async Task A_page_that_is_gone_unsubscribes_and_reloads_nothing_even_for_a_change_it_already_heard()
    {
        RenderLive(() => Interlocked.Increment(ref _reloads));
        Assert.Equal(1, Bus.SubscriptionCount);
        Bus.Publish(new SignalsChanged(1, 1, Now));
        SeenAll(1);

        await DisposeComponentsAsync();
        Bus.Publish(new SignalsChanged(1, 2, Now));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, Bus.SubscriptionCount);
        Assert.Equal(1, Volatile.Read(ref _seen));
        Assert.Equal(0, Volatile.Read(ref _reloads));
    }

    private IRenderedComponent<LiveRefresh> RenderLive(Action reload, int? accountId = null) =>
        RenderLive(() =>
        {
            reload();
            return Task.CompletedTask;
        }, accountId);

    private IRenderedComponent<LiveRefresh> RenderLive(Func<Task> reload, int? accountId = null) =>
        Render<LiveRefresh>(p => p
            .Add(x => x.OnChange, reload)
            .Add(x => x.When, change =>
            {
                // Counts every change the component is handed, so a test knows the bus has delivered before it moves the clock.
                Interlocked.Increment(ref _seen);
                return accountId is not { } id || change.Concerns(id);
            }));

    private void SeenAll(int count) =>
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _seen) >= count, Bound), $"The bus delivered {Volatile.Read(ref _seen)} of {count} changes.");
}
