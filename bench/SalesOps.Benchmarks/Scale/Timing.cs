using System.Diagnostics;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// The measured runs of one operation: wall-clock time, and the processor time this process used meanwhile (user and
/// system, all threads), which a busy machine inflates far less than the wall clock.
/// </summary>
internal sealed record Timing(IReadOnlyList<double> RunsMs, IReadOnlyList<double> CpuMs)
{
    public double MedianMs => Median(RunsMs);
    public double CpuMedianMs => Median(CpuMs);
    public double MinMs => RunsMs.Min();
    public double MaxMs => RunsMs.Max();

    /// <summary>The runs of several single-run timings together.</summary>
    public static Timing Of(IEnumerable<Timing> timings)
    {
        var all = timings.ToList();
        return new Timing([.. all.SelectMany(t => t.RunsMs)], [.. all.SelectMany(t => t.CpuMs)]);
    }

    /// <summary>
    /// Measures two operations in turn (a, b, a, b, ...), so that whatever else the machine is doing at the time weighs
    /// on both alike and their ratio stays fair.
    /// </summary>
    public static async Task<(Timing A, Timing B)> MeasurePairAsync(int warmup, int runs, Func<Task> a, Func<Task> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        for (var i = 0; i < warmup; i++)
        {
            await a();
            await b();
        }

        var (timingA, timingB) = (new Timing(new double[runs], new double[runs]), new Timing(new double[runs], new double[runs]));
        for (var i = 0; i < runs; i++)
        {
            await timingA.RunAsync(i, a);
            await timingB.RunAsync(i, b);
        }

        return (timingA, timingB);
    }

    private async Task RunAsync(int run, Func<Task> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await action();
        ((double[])RunsMs)[run] = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        ((double[])CpuMs)[run] = (process.TotalProcessorTime - cpu).TotalMilliseconds;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
