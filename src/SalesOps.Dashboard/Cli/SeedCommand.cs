using System.Globalization;
using Microsoft.Extensions.Options;
using SalesOps.Data;
using SalesOps.Data.Seeding;
using SalesOps.Data.Startup;

namespace SalesOps.Dashboard.Cli;

/// <summary>
/// <c>seed [--scale L] --accounts N [--random-seed S] [--batch-size B]</c>: migrates the configured database and writes N
/// generated accounts with everything that belongs to them. Configuration (provider, connection string) comes from the usual
/// sources, including <c>--Database:Provider=...</c> style arguments.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public const string Usage = """
        Usage: dotnet run --project src/SalesOps.Dashboard -- seed [--scale L] --accounts N [--random-seed S] [--batch-size B]
                   [--Database:Provider=Sqlite|SqlServer|PostgreSql] [--ConnectionStrings:SalesOps="..."]
        Writes N generated accounts (with contacts, deals, activities, tickets, usage, revenue, handoffs and signals)
        into the configured database after applying its migrations. Adds to existing data. --scale L writes reference
        scale L (100,000 accounts, about 3 contacts, 10 activities and 10 tickets each; --accounts still applies).
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new DemoDataOptions();
        var accounts = (int?)null;
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                case "--accounts" or "--random-seed" or "--batch-size":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                    {
                        return Fail($"{arg} needs a positive whole number, e.g. {arg} 500.");
                    }

                    i++;
                    if (arg == "--accounts")
                    {
                        accounts = n;
                    }
                    else if (arg == "--random-seed")
                    {
                        options.RandomSeed = n;
                    }
                    else
                    {
                        options.BatchSize = n;
                    }

                    break;
                case "--scale":
                    if (i + 1 >= args.Length || !string.Equals(args[i + 1], "L", StringComparison.OrdinalIgnoreCase))
                    {
                        return Fail($"{arg} takes L (reference scale L).");
                    }

                    i++;
                    var scale = DemoDataScales.L();
                    (options.Accounts, options.ContactVolume, options.ActivityVolume, options.TicketVolume) =
                        (scale.Accounts, scale.ContactVolume, scale.ActivityVolume, scale.TicketVolume);
                    break;
                default:
                    if (!ConfigurationArguments.TryTake(args, ref i, configArgs))
                    {
                        return Fail($"Unknown argument '{arg}'.");
                    }

                    break;
            }
        }

        options.Accounts = accounts ?? options.Accounts;
        var builder = Host.CreateApplicationBuilder([.. configArgs]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddSalesOpsData(migrateOnStart: false);
        using var host = builder.Build();

        var connection = host.Services.GetRequiredService<DatabaseConnection>();
        _ = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Console.WriteLine($"Seeding {options.Accounts:N0} accounts into {connection.Target} (random seed {options.RandomSeed}, {options.BatchSize} accounts per batch)");
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);

        var generator = host.Services.GetRequiredService<DemoDataGenerator>();
        var lastReport = 0;
        var progress = new ConsoleProgress(done =>
        {
            if (done - lastReport >= Math.Max(1000, options.Accounts / 20) || done == options.Accounts)
            {
                lastReport = done;
                Console.WriteLine($"  {done:N0} / {options.Accounts:N0} accounts");
            }
        });
        var summary = await generator.GenerateAsync(options, progress);
        Console.WriteLine($"Done: {summary}");
        return 0;
    }

    /// <summary>Reports on the generator's own thread, so lines come out in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class ConsoleProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
