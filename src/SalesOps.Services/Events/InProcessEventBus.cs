using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace SalesOps.Services.Events;

/// <summary>
/// Subscribers are kept in an immutable list swapped atomically, so publishing never blocks subscribing or disposing;
/// each handler runs on the thread pool, so a slow page cannot hold up the service that published.
/// </summary>
internal sealed class InProcessEventBus(ILogger<InProcessEventBus> logger) : IEventBus
{
    private ImmutableList<Subscription> _subscriptions = [];

    /// <summary>How many subscriptions are live (disposed ones are gone at once: nothing leaks).</summary>
    public int SubscriptionCount => Volatile.Read(ref _subscriptions).Count;

    public void Publish<TEvent>(TEvent @event) where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(@event);
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.Accepts(@event))
            {
                _ = DeliverAsync(subscription, @event);
            }
        }
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typeof(TEvent), e => handler((TEvent)e));
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    private async Task DeliverAsync(Subscription subscription, object @event)
    {
        try
        {
            await Task.Yield();
            if (subscription.Handler is { } handler)
            {
                await handler(@event);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A subscriber of {Event} failed; it stays subscribed", @event.GetType().Name);
        }
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(InProcessEventBus bus, Type eventType, Func<object, Task> handler) : IDisposable
    {
        // Cleared on dispose: a component that keeps its disposed subscription in a field must not, through the
        // handler, keep itself (or whatever the handler captured) reachable from the subscription either.
        private Func<object, Task>? _handler = handler;

        /// <summary>The handler, or null once disposed.</summary>
        public Func<object, Task>? Handler => Volatile.Read(ref _handler);

        public bool Accepts(object @event) => eventType.IsInstanceOfType(@event);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _handler, null) is not null)
            {
                bus.Remove(this);
            }
        }
    }
}
