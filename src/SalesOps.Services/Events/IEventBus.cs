namespace SalesOps.Services.Events;

/// <summary>
/// The app's one in-process event mechanism: services publish what happened, components and background work
/// subscribe and dispose their subscription when they go. Events are plain immutable records, so a later transport
/// (Redis, for a second app instance) can carry them without the subscribers changing.
/// </summary>
public interface IEventBus
{
    /// <summary>Hands <paramref name="event"/> to every current subscriber of its type; returns without waiting for them.</summary>
    void Publish<TEvent>(TEvent @event) where TEvent : class;

    /// <summary>
    /// Calls <paramref name="handler"/> for every event of type <typeparamref name="TEvent"/> published from now on,
    /// until the returned subscription is disposed. A handler that throws is logged and keeps its subscription.
    /// </summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class;
}
