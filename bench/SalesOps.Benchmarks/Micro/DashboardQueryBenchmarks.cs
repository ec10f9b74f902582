using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SalesOps.Benchmarks.Scale;
using SalesOps.Data.Seeding;

namespace SalesOps.Benchmarks.Micro;

/// <summary>
/// The three dashboard reads, the service against the hand-written SQL, on a database the scale harness generated (run
/// <c>scale</c> first; <c>SALESOPS_BENCH_DB</c> names another file): BenchmarkDotNet's mean, spread and allocations
/// next to the harness's medians.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalSetup opens, GlobalCleanup disposes.")]
public class DashboardQueryBenchmarks
{
    private BenchDatabase? _database;
    private SqliteConnection? _connection;
    private IReadOnlyList<DashboardQuery> _queries = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var file = Environment.GetEnvironmentVariable("SALESOPS_BENCH_DB")
            ?? ScaleCommand.DatabaseFile(Path.Combine(Repository.Root(), "bench", "data"), DemoDataScales.LAccounts, 1);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No benchmark database at {file}: run the scale harness first (see docs/performance.md).", file);
        }

        _database = BenchDatabase.Open(file);
        _connection = new SqliteConnection(_database.ConnectionString);
        await _connection.OpenAsync();
        var scope = _database.SignIn();
        _queries = DashboardQuery.All(BenchDatabase.Analytics(scope), new RawSql(_connection), DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [Benchmark]
    public Task OverviewService() => _queries[0].Ours();

    [Benchmark]
    public Task OverviewSql() => _queries[0].Raw();

    [Benchmark]
    public Task AtRiskFirstPageService() => _queries[1].Ours();

    [Benchmark]
    public Task AtRiskFirstPageSql() => _queries[1].Raw();

    [Benchmark]
    public Task RenewalPipelineService() => _queries[2].Ours();

    [Benchmark]
    public Task RenewalPipelineSql() => _queries[2].Raw();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _database?.Dispose();
    }
}
