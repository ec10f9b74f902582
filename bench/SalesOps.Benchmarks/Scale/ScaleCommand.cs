using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Data.Seeding;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// The scale harness: generates reference scale L into a SQLite file, writes the health history with the real
/// recompute, then measures (warm, median of several runs) a full health recompute and the dashboards' reads against
/// hand-written SQL; then the same again at a multiple of the ticket volume. Writes the results to bench/results.
/// </summary>
internal static class ScaleCommand
{
    private static readonly string[] Tables =
    [
        "Accounts", "Contacts", "Opportunities", "OpportunityStageChanges", "Activities", "SupportTickets", "UsageSnapshots",
        "RevenueEvents", "Handoffs", "ExpansionSignals", "HealthSnapshots",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(ScaleOptions.Usage);
            return 0;
        }

        var (options, error) = ScaleOptions.Parse(args, Repository.Root());
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{ScaleOptions.Usage}");
            return 2;
        }

        Directory.CreateDirectory(options.DataDirectory);
        Directory.CreateDirectory(options.OutputDirectory);
        var machine = MachineInfo.Current();
        var label = options.Accounts == DemoDataScales.LAccounts ? "L" : $"{options.Accounts:N0} accounts";
        var results = new List<ScenarioResult> { await RunScenarioAsync(options, label, ticketFactor: 1) };
        if (options.TicketFactor > 0 && options.TicketFactor != 1)
        {
            results.Add(await RunScenarioAsync(options, $"{label}, {options.TicketFactor:0.##}× tickets", options.TicketFactor));
        }

        var report = new ScaleReport(machine, options, results, string.Join(' ', args));
        var written = report.Write(options.OutputDirectory, options.Accounts == DemoDataScales.LAccounts ? "scale-L" : $"scale-{options.Accounts}");
        Console.WriteLine(report.Markdown());
        Console.WriteLine($"Results: {string.Join(", ", written)}");
        // Times over budget are findings for the report; the service and the SQL disagreeing is a bug.
        return results.SelectMany(r => r.Queries).Any(q => q.Disagreement is not null) ? 1 : 0;
    }

    private static async Task<ScenarioResult> RunScenarioAsync(ScaleOptions options, string name, double ticketFactor)
    {
        var data = DemoDataScales.L(options.Accounts, ticketFactor);
        var file = DatabaseFile(options.DataDirectory, options.Accounts, ticketFactor);
        var marker = file + ".json";
        var wanted = JsonSerializer.Serialize(new { data.Accounts, data.RandomSeed, data.ContactVolume, data.ActivityVolume, data.TicketVolume, options.HistoryWeeks });
        var reuse = options.Reuse && File.Exists(file) && File.Exists(marker) && await File.ReadAllTextAsync(marker) == wanted;
        if (!reuse)
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm", marker })
            {
                File.Delete(path);
            }
        }

        using var database = BenchDatabase.Open(file);
        double? seedSeconds = null, historySeconds = null;
        if (reuse)
        {
            Console.WriteLine($"[{name}] reusing {file}");
        }
        else
        {
            await database.MigrateAsync();
            Console.WriteLine($"[{name}] generating {data.Accounts:N0} accounts into {file}");
            var step = Math.Max(data.BatchSize, data.Accounts / 10);
            var progress = new Progress(done =>
            {
                if (done % step == 0 || done == data.Accounts)
                {
                    Console.WriteLine($"  {done:N0} / {data.Accounts:N0} accounts");
                }
            });
            var summary = await database.Services.GetRequiredService<DemoDataGenerator>().GenerateAsync(data, progress);
            seedSeconds = summary.Elapsed.TotalSeconds;
            Console.WriteLine($"  {summary}");

            Console.WriteLine($"[{name}] writing {options.HistoryWeeks} weeks of health history with the real recompute");
            var history = Stopwatch.StartNew();
            await database.Health.BackfillHistoryAsync(options.HistoryWeeks);
            historySeconds = history.Elapsed.TotalSeconds;
            Console.WriteLine($"  {historySeconds:N0} s");
            await File.WriteAllTextAsync(marker, wanted);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await CheckpointAsync(connection);
        var loadBefore = MachineInfo.LoadAverage();

        // The daily job on a new day inserts today's snapshots; run again the same day (e.g. after the health model
        // changed) it replaces them. Both are measured, warm: today's snapshots are removed (not timed) before each first run.
        Console.WriteLine($"[{name}] full health recompute x {options.RecomputeRuns}, on a new day and again on the same day");
        await database.Health.RecomputeAllAsync(DateTimeOffset.UtcNow); // warm-up: compiled queries, caches
        var runs = new List<(Timing NewDay, Timing SameDay)>();
        for (var i = 0; i < options.RecomputeRuns; i++)
        {
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"DELETE FROM \"HealthSnapshots\" WHERE \"Date\" = '{DateTime.UtcNow:yyyy-MM-dd}'"));
            await CheckpointAsync(connection);
            var (newDay, sameDay) = await Timing.MeasurePairAsync(0, 1,
                () => database.Health.RecomputeAllAsync(DateTimeOffset.UtcNow), () => database.Health.RecomputeAllAsync(DateTimeOffset.UtcNow));
            runs.Add((newDay, sameDay));
            await CheckpointAsync(connection);
        }

        var recompute = new Recompute(Timing.Of(runs.Select(r => r.NewDay)), Timing.Of(runs.Select(r => r.SameDay)));
        Console.WriteLine($"  median {recompute.NewDay.MedianMs / 1000:N1} s on a new day, {recompute.SameDay.MedianMs / 1000:N1} s again the same day");

        var queries = new List<QueryResult>();
        await using (var scope = database.SignIn())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var query in DashboardQuery.All(BenchDatabase.Analytics(scope), new RawSql(connection), today))
            {
                Console.WriteLine($"[{name}] {query.Name}: {options.Warmup} warm-up + {options.Runs} measured runs, service and SQL in turn");
                var disagreement = DashboardFacts.FirstDifference(await query.Ours(), await query.Raw());
                var (ours, raw) = await Timing.MeasurePairAsync(options.Warmup, options.Runs, query.Ours, query.Raw);
                queries.Add(new QueryResult(query.Name, query.BudgetMs, ours, raw, disagreement));
                Console.WriteLine($"  service {ours.MedianMs:N1} ms, SQL {raw.MedianMs:N1} ms{(disagreement is null ? "" : $"; DISAGREE: {disagreement}")}");
            }
        }

        var loadAfter = MachineInfo.LoadAverage();
        var rows = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var count = connection.CreateCommand();
#pragma warning disable CA2100 // Table names are this class's own constants.
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
#pragma warning restore CA2100
            rows[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        var megabytes = new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
        return new ScenarioResult(name, data, rows, megabytes, seedSeconds, historySeconds, recompute, queries, loadBefore, loadAfter);
    }

    // The generator and the recompute leave a large write-ahead log behind; the app's connections checkpoint it as they
    // go, so the reads are measured against a checkpointed file.
    private static Task CheckpointAsync(SqliteConnection connection) => ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // This class's own statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Where the harness keeps the database of a company size and ticket volume.</summary>
    public static string DatabaseFile(string directory, int accounts, double ticketFactor) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"scale-{accounts}-tickets-x{ticketFactor:0.##}.db"));

    /// <summary>Reports on the generator's own thread, so lines come out in order.</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
