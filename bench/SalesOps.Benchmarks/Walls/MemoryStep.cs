namespace SalesOps.Benchmarks.Walls;

/// <summary>The server's memory with <paramref name="Walls"/> wall pages open.</summary>
internal sealed record MemoryStep(int Walls, MemorySample Sample);
