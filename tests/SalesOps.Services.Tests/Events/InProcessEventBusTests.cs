using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Services.Events;

namespace SalesOps.Services.Tests.Events;

public sealed class InProcessEventBusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly InProcessEventBus _bus = new(NullLogger<InProcessEventBus>.Instance);

    private sealed record Pinged(int Number);

    private sealed record Ponged(int Number);

    [Fact]
    public async Task Events_reach_every_subscriber_of_their_type_and_no_other()
    {
        var first = new TaskCompletionSource<Pinged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<Pinged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pongs = 0;
        using var a = _bus.Subscribe<Pinged>(e => { first.TrySetResult(e); return Task.CompletedTask; });
        using var b = _bus.Subscribe<Pinged>(e => { second.TrySetResult(e); return Task.CompletedTask; });
        using var c = _bus.Subscribe<Ponged>(_ => { Interlocked.Increment(ref pongs); return Task.CompletedTask; });

        _bus.Publish(new Pinged(7));

        Assert.Equal(7, (await first.Task.WaitAsync(Timeout)).Number);
        Assert.Equal(7, (await second.Task.WaitAsync(Timeout)).Number);
        Assert.Equal(0, Volatile.Read(ref pongs));
    }

    [Fact]
    public async Task A_disposed_subscriber_gets_nothing_and_is_not_kept()
    {
        var received = 0;
        var subscription = _bus.Subscribe<Pinged>(_ => { Interlocked.Increment(ref received); return Task.CompletedTask; });
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var other = _bus.Subscribe<Pinged>(_ => { witness.TrySetResult(); return Task.CompletedTask; });
        Assert.Equal(2, _bus.SubscriptionCount);

        subscription.Dispose();
        subscription.Dispose();
        _bus.Publish(new Pinged(1));
        await witness.Task.WaitAsync(Timeout);

        Assert.Equal(0, Volatile.Read(ref received));
        Assert.Equal(1, _bus.SubscriptionCount);
    }

    [Fact]
    public async Task Many_components_coming_and_going_leave_no_subscription_behind()
    {
        var subscriptions = Enumerable.Range(0, 1000).Select(_ => _bus.Subscribe<Pinged>(_ => Task.CompletedTask)).ToList();
        await Parallel.ForEachAsync(subscriptions, (s, _) => { s.Dispose(); return ValueTask.CompletedTask; });

        Assert.Equal(0, _bus.SubscriptionCount);
    }

    [Fact]
    public async Task A_failing_subscriber_neither_stops_the_others_nor_loses_its_later_events()
    {
        var calls = 0;
        var secondCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var failing = _bus.Subscribe<Pinged>(_ =>
        {
            if (Interlocked.Increment(ref calls) == 2)
            {
                secondCall.TrySetResult();
            }

            throw new InvalidOperationException("panel broke");
        });
        using var other = _bus.Subscribe<Pinged>(_ => { healthy.TrySetResult(); return Task.CompletedTask; });

        _bus.Publish(new Pinged(1));
        await healthy.Task.WaitAsync(Timeout);
        _bus.Publish(new Pinged(2));

        await secondCall.Task.WaitAsync(Timeout);
    }

    [Fact]
    public void Publishing_does_not_wait_for_a_slow_subscriber()
    {
        var release = new TaskCompletionSource();
        using var slow = _bus.Subscribe<Pinged>(_ => release.Task);

        _bus.Publish(new Pinged(1));

        Assert.False(release.Task.IsCompleted);
        release.SetResult();
    }
}
