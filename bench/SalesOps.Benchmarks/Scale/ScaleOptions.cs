using System.Globalization;

namespace SalesOps.Benchmarks.Scale;

/// <summary>What the scale harness generates and how often it measures; read from the command line.</summary>
internal sealed record ScaleOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SalesOps.Benchmarks -- scale [options]
          --accounts N         accounts of the generated company (default 100000: reference scale L)
          --runs N             measured runs per dashboard query, after the warm-up runs; the median counts (default 9)
          --warmup N           warm-up runs per dashboard query (default 3)
          --recompute-runs N   measured full health recomputes (default 3)
          --history-weeks N    weeks of health history written before measuring (default 12, as on the app's first start)
          --ticket-factor X    ticket volume of the second run, as a multiple of the first (default 2; 0 skips it)
          --data DIR           where the SQLite files go (default bench/data, git-ignored)
          --out DIR            where the results go (default bench/results)
          --reuse              keep a database generated earlier with the same options instead of generating it again
        """;

    public int Accounts { get; init; } = 100_000;
    public int Runs { get; init; } = 9;
    public int Warmup { get; init; } = 3;
    public int RecomputeRuns { get; init; } = 3;
    public int HistoryWeeks { get; init; } = 12;
    public double TicketFactor { get; init; } = 2;
    public required string DataDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    public bool Reuse { get; init; }

    /// <summary>The options, or an error message that says what to fix.</summary>
    public static (ScaleOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ScaleOptions
        {
            DataDirectory = Path.Combine(repositoryRoot, "bench", "data"),
            OutputDirectory = Path.Combine(repositoryRoot, "bench", "results"),
        };

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--reuse")
            {
                options = options with { Reuse = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{arg} needs a value.");
            }

            var value = args[++i];
            var count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0;
            ScaleOptions? next = arg switch
            {
                "--accounts" when count > 0 => options with { Accounts = count },
                "--runs" when count > 0 => options with { Runs = count },
                "--warmup" when count > 0 => options with { Warmup = count },
                "--recompute-runs" when count > 0 => options with { RecomputeRuns = count },
                "--history-weeks" when count > 0 => options with { HistoryWeeks = count },
                "--ticket-factor" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= 0 =>
                    options with { TicketFactor = x },
                "--data" => options with { DataDirectory = Path.GetFullPath(value) },
                "--out" => options with { OutputDirectory = Path.GetFullPath(value) },
                _ => null,
            };
            if (next is null)
            {
                return (null, $"'{arg} {value}' is not a known option with a valid value.");
            }

            options = next;
        }

        return (options, null);
    }
}
