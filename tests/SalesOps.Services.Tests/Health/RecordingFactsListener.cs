using System.Collections.Concurrent;
using SalesOps.Data.Changes;

namespace SalesOps.Services.Tests.Health;

/// <summary>Keeps every change the database context reports.</summary>
internal sealed class RecordingFactsListener : IAccountFactsListener
{
    public ConcurrentQueue<AccountFactsChange> Changes { get; } = new();

    public void OnAccountFactsChanged(AccountFactsChange change) => Changes.Enqueue(change);
}
