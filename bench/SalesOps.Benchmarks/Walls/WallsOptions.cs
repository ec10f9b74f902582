using System.Globalization;

namespace SalesOps.Benchmarks.Walls;

/// <summary>What the wall-display cost benchmark opens and how long it watches; read from the command line.</summary>
internal sealed record WallsOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SalesOps.Benchmarks -- walls [options]
          --walls N,N,...      how many wall pages are open at each memory measurement, rising (default 10,25,50)
          --idle-seconds N     how long the server's CPU time is watched, with no walls and with all open (default 60)
          --settle-seconds N   wait after the last page of a step came up before measuring memory (default 15)
          --rotation NAME      the rotation the measured display shows (default: the configured default rotation)
          --app DIR            a published app to run instead of publishing one (dotnet publish -c Release)
          --work DIR           where the published app, its SQLite file and its log go (default: a new temp folder)
          --out DIR            where the results go (default bench/results)
          --port N             the app's port on 127.0.0.1 (default: a free one)
        """;

    public IReadOnlyList<int> Walls { get; init; } = [10, 25, 50];
    public int IdleSeconds { get; init; } = 60;
    public int SettleSeconds { get; init; } = 15;
    public string? Rotation { get; init; }
    public string? AppDirectory { get; init; }
    public required string WorkDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    public int? Port { get; init; }

    /// <summary>The options, or an error message that says what to fix.</summary>
    public static (WallsOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new WallsOptions
        {
            WorkDirectory = Path.Combine(Path.GetTempPath(), $"salesops-walls-{Guid.NewGuid():N}"),
            OutputDirectory = Path.Combine(repositoryRoot, "bench", "results"),
        };

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{arg} needs a value.");
            }

            var value = args[++i];
            var count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0;
            WallsOptions? next = arg switch
            {
                "--walls" when ParseSteps(value) is { } steps => options with { Walls = steps },
                "--idle-seconds" when count > 0 => options with { IdleSeconds = count },
                "--settle-seconds" when count > 0 => options with { SettleSeconds = count },
                "--rotation" when value.Trim().Length > 0 => options with { Rotation = value.Trim() },
                "--app" => options with { AppDirectory = Path.GetFullPath(value) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(value) },
                "--out" => options with { OutputDirectory = Path.GetFullPath(value) },
                "--port" when count is > 0 and < 65536 => options with { Port = count },
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

    /// <summary>"10,25,50" as rising positive counts, else null.</summary>
    private static List<int>? ParseSteps(string value)
    {
        var steps = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || (steps.Count > 0 && n <= steps[^1]))
            {
                return null;
            }

            steps.Add(n);
        }

        return steps.Count == 0 ? null : steps;
    }
}
