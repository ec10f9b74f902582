using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SalesOps.Benchmarks.Scale;

/// <summary>The harness's results as a Markdown page (what docs/performance.md summarises) and as JSON (every run).</summary>
internal sealed class ScaleReport(MachineInfo machine, ScaleOptions options, IReadOnlyList<ScenarioResult> scenarios, string arguments)
{
    public const double RecomputeBudgetMs = 10_000;
    public const double RatioBudget = 1.5;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly string[] RightAligned = ["---:", "---:", "---:"];

    /// <summary>Writes <c>name.md</c> and <c>name.json</c> into <paramref name="directory"/>; returns their paths.</summary>
    public IReadOnlyList<string> Write(string directory, string name)
    {
        var markdown = Path.Combine(directory, $"{name}.md");
        var json = Path.Combine(directory, $"{name}.json");
        File.WriteAllText(markdown, Markdown());
        File.WriteAllText(json, JsonSerializer.Serialize(new { machine, arguments, options.Runs, options.Warmup, options.RecomputeRuns, scenarios }, Json));
        return [markdown, json];
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";

        Line($"# Scale benchmark: {scenarios[0].Name}");
        Line();
        Line(Inv($"Measured {machine.Date:yyyy-MM-dd HH:mm zzz} on {machine.Cpu} ({machine.Cores} cores), {machine.Os}, {machine.Runtime}."));
        Line($"Command: `dotnet run -c Release --project bench/SalesOps.Benchmarks -- scale{(arguments.Length > 0 ? " " + arguments : "")}`.");
        Line(Inv($"Dashboards: median of {options.Runs} warm runs after {options.Warmup} warm-up runs; the service (through the app's DI container and authorizing proxy) and the hand-written SQL take turns. Full recompute: median of {options.RecomputeRuns} runs."));
        Line($"Load average (1, 5, 15 min) when the measurements started and ended: {string.Join("; ", scenarios.Select(s => $"{s.Name}: {s.LoadBefore} → {s.LoadAfter}"))}.");
        Line();
        Line("## Data");
        Line();
        Line(Row(["", .. scenarios.Select(s => s.Name)]));
        Line(Row(["---", .. scenarios.Select(_ => "---:")]));
        foreach (var table in scenarios[0].Rows.Keys)
        {
            Line(Row([table, .. scenarios.Select(s => Inv($"{s.Rows[table]:N0}"))]));
        }

        Line(Row(["File size", .. scenarios.Select(s => Inv($"{s.FileMegabytes:N0} MB"))]));
        Line(Row(["Generating the data", .. scenarios.Select(s => s.SeedSeconds is { } x ? Inv($"{x:N0} s") : "reused")]));
        Line(Row([$"Health history ({options.HistoryWeeks} weeks + today)", .. scenarios.Select(s => s.HistorySeconds is { } x ? Inv($"{x:N0} s") : "reused")]));
        Line();
        Line("## Times (median)");
        Line();
        Line(Row(["Operation", "Budget", .. scenarios.SelectMany(s => new[] { s.Name, "SQL", "Ratio" })]));
        Line(Row(["---", "---", .. scenarios.SelectMany(_ => RightAligned)]));
        for (var i = 0; i < scenarios[0].Queries.Count; i++)
        {
            var q = scenarios[0].Queries[i];
            Line(Row([q.Name, Inv($"≤ {q.BudgetMs:N0} ms, ≤ {RatioBudget:0.0}× SQL"),
                .. scenarios.SelectMany(s => new[] { Ms(s.Queries[i].Ours), Ms(s.Queries[i].Raw), Inv($"{s.Queries[i].Ratio:0.00}×") })]));
        }

        Line(Row(["Full health recompute, new day", Inv($"≤ {RecomputeBudgetMs / 1000:N0} s"), .. scenarios.SelectMany(s => new[] { Seconds(s.Recompute.NewDay), "", "" })]));
        Line(Row(["Full health recompute, same day again", Inv($"≤ {RecomputeBudgetMs / 1000:N0} s"), .. scenarios.SelectMany(s => new[] { Seconds(s.Recompute.SameDay), "", "" })]));
        Line();
        Line("Each cell: median wall-clock time (median processor time the benchmark process used meanwhile, all threads). On a");
        Line("busy machine the wall clock includes waiting for a core; the processor time does not.");
        Line();
        Line("## Budgets");
        Line();
        foreach (var s in scenarios)
        {
            foreach (var q in s.Queries)
            {
                Line(Inv($"- {s.Name}, {q.Name}: {q.Ours.MedianMs:N1} ms ({Verdict(q.Ours.MedianMs <= q.BudgetMs)}), {q.Ratio:0.00}× SQL ({Verdict(q.Ratio <= RatioBudget)})")
                    + (q.Disagreement is null ? "" : $"; service and SQL DISAGREE: {q.Disagreement}"));
            }

            Line(Inv($"- {s.Name}, full health recompute: {s.Recompute.NewDay.MedianMs / 1000:N1} s on a new day, {s.Recompute.SameDay.MedianMs / 1000:N1} s again the same day ({Verdict(s.Recompute.SlowerMs <= RecomputeBudgetMs)})"));
        }

        if (scenarios.Count > 1)
        {
            var (one, more) = (scenarios[0], scenarios[^1]);
            Line();
            Line($"## {more.Name} against {one.Name}");
            Line();
            Line(Inv($"{more.Rows["SupportTickets"] / (double)one.Rows["SupportTickets"]:0.00}× the tickets. Time at the larger volume over time at the smaller (1.00× is no growth):"));
            Line();
            for (var i = 0; i < one.Queries.Count; i++)
            {
                Line(Inv($"- {one.Queries[i].Name}: {more.Queries[i].Ours.MedianMs / one.Queries[i].Ours.MedianMs:0.00}× (SQL {more.Queries[i].Raw.MedianMs / one.Queries[i].Raw.MedianMs:0.00}×)"));
            }

            Line(Inv($"- Full health recompute (reads the tickets, so it may grow): {more.Recompute.NewDay.MedianMs / one.Recompute.NewDay.MedianMs:0.00}× on a new day, {more.Recompute.SameDay.MedianMs / one.Recompute.SameDay.MedianMs:0.00}× the same day"));
        }

        return md.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Ms(Timing t) => Inv($"{t.MedianMs:N1} ms ({t.CpuMedianMs:N0})");

    private static string Seconds(Timing t) => Inv($"{t.MedianMs / 1000:N1} s ({t.CpuMedianMs / 1000:N1})");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
