using SalesOps.Data.Seeding;

namespace SalesOps.Benchmarks.Scale;

/// <summary>A dashboard read: the service's times, the hand-written SQL's, and whether both gave the same numbers.</summary>
internal sealed record QueryResult(string Name, double BudgetMs, Timing Ours, Timing Raw, string? Disagreement)
{
    public double Ratio => Ours.MedianMs / Raw.MedianMs;
}

/// <summary>Everything measured on one generated database.</summary>
internal sealed record ScenarioResult(
    string Name,
    DemoDataOptions Data,
    IReadOnlyDictionary<string, long> Rows,
    double FileMegabytes,
    double? SeedSeconds,
    double? HistorySeconds,
    Recompute Recompute,
    IReadOnlyList<QueryResult> Queries,
    string LoadBefore,
    string LoadAfter);

/// <summary>Full health recomputes: on a new day (today's snapshots inserted) and again the same day (replaced).</summary>
internal sealed record Recompute(Timing NewDay, Timing SameDay)
{
    public double SlowerMs => Math.Max(NewDay.MedianMs, SameDay.MedianMs);
}
