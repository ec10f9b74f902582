namespace SalesOps.Benchmarks.Walls;

/// <summary>The server's memory at one moment, right after an induced full GC.</summary>
internal sealed record MemorySample(long ManagedHeapBytes, long PrivateBytes, long ResidentBytes);
