namespace SalesOps.Data.Seeding;

/// <summary>Stores generated batches, each in one transaction, in the order given.</summary>
internal interface IDemoDataWriter : IAsyncDisposable
{
    Task WriteAsync(DemoDataBatch batch, CancellationToken ct);
}
