using System.Collections.Concurrent;
using SalesOps.Services.Events;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>An event bus that keeps what was published (and delivers nothing).</summary>
internal sealed class RecordingEventBus : IEventBus
{
    private readonly ConcurrentQueue<object> _published = new();

    public IReadOnlyList<object> Published => [.. _published];

    public void Publish<TEvent>(TEvent @event) where TEvent : class => _published.Enqueue(@event);

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class => new Nothing();

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
