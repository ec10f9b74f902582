using System.Globalization;
using System.Text;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Cli;

/// <summary><c>export-configuration [--out FILE] [--version N]</c>: writes crm_configuration.yaml (to standard output without --out).</summary>
public static class ExportConfigurationCommand
{
    public const string Name = "export-configuration";

    public const string Usage = """
        Usage: dotnet run --project src/SalesOps.Dashboard -- export-configuration [--out <file>] [--version <n>]
                   [--Database:Provider=...] [--ConnectionStrings:SalesOps="..."]
        Writes the configuration in force (or stored version n) as crm_configuration.yaml, to <file> or standard output.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        string? file = null;
        int? version = null;
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                case "--out" when i + 1 < args.Length:
                    file = args[++i];
                    break;
                case "--version" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v):
                    version = v;
                    i++;
                    break;
                default:
                    if (!ConfigurationArguments.TryTake(args, ref i, configArgs))
                    {
                        await error.WriteLineAsync($"Unknown or incomplete argument '{args[i]}'.");
                        await error.WriteLineAsync(Usage);
                        return 2;
                    }

                    break;
            }
        }

        await using var host = await CommandLineHost.StartAsync(configArgs, $"export-configuration ({Environment.UserName})");
        var files = host.Services.GetRequiredService<IConfigurationFileService>();
        ConfigurationExport export;
        try
        {
            export = await files.ExportAsync(version);
        }
        catch (ArgumentOutOfRangeException)
        {
            await error.WriteLineAsync($"There is no configuration version {version}.");
            return 2;
        }

        if (file is null)
        {
            await output.WriteAsync(export.Yaml);
        }
        else
        {
            await File.WriteAllTextAsync(file, export.Yaml, new UTF8Encoding(false));
            await output.WriteLineAsync($"Wrote configuration version {export.Version} to {Path.GetFullPath(file)}");
        }

        return 0;
    }
}
