using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesOps.Services.Events;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>
/// Keeps what was published together with what another connection could read of the handoff at that very moment, so a
/// test can tell that an event was published only after its change was committed (a page reloading on it sees the change).
/// Delivers nothing to anyone.
/// </summary>
internal sealed class CommittedStateEventBus(TestDatabase database) : IEventBus
{
    private readonly ConcurrentQueue<(object Event, StoredHandoff? Stored)> _published = new();

    public IReadOnlyList<(object Event, StoredHandoff? Stored)> Published => [.. _published];

    public void Publish<TEvent>(TEvent @event) where TEvent : class
    {
        StoredHandoff? stored = null;
        if (@event is HandoffsChanged changed)
        {
            using var db = database.CreateContext();
            stored = db.Handoffs.AsNoTracking().Where(h => h.Id == changed.HandoffId)
                .Select(h => new StoredHandoff(h.AccountId, h.Stage, h.Status, h.Version, h.GoalsAndUseCase, h.IntroductionEmailSentAt))
                .SingleOrDefault();
        }

        _published.Enqueue((@event, stored));
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class =>
        throw new NotSupportedException("Nothing subscribes in these tests.");
}
