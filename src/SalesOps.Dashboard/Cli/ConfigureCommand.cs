using System.Text;
using SalesOps.Services.Configuration;
using SalesOps.Services.Configuration.Yaml;
using SalesOps.Services.Health;

namespace SalesOps.Dashboard.Cli;

/// <summary>
/// <c>configure --memory-root DIR --instruction ID</c>: reads <c>DIR/ID/instruction.yaml</c>, validates and applies it as
/// a new configuration version, and writes the resulting whole configuration to
/// <c>DIR/ID/outputs/final/crm_configuration.yaml</c>. Nothing is applied or written when the instruction has a problem,
/// and nothing is ever read or written outside the memory root.
/// </summary>
public static class ConfigureCommand
{
    public const string Name = "configure";

    public const string Usage = """
        Usage: dotnet run --project src/SalesOps.Dashboard -- configure --memory-root <dir> --instruction <id> [--dry-run]
                   [--as <operator name>] [--Database:Provider=...] [--ConnectionStrings:SalesOps="..."]
        Reads <dir>/<id>/instruction.yaml (schema: docs/configuration.md), applies it to the configuration in force as a
        new version, and writes the whole resulting configuration to <dir>/<id>/outputs/final/crm_configuration.yaml.
        --dry-run shows what would change and writes nothing. Exit code 0: applied (or nothing to change); 2: refused.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        string? root = null, id = null, operatorName = null;
        var dryRun = false;
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                case "--memory-root" or "--instruction" or "--as":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return await FailAsync(error, $"{args[i]} needs a value.");
                    }

                    (root, id, operatorName) = args[i] switch
                    {
                        "--memory-root" => (args[++i], id, operatorName),
                        "--instruction" => (root, args[++i], operatorName),
                        _ => (root, id, args[++i]),
                    };
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    if (!ConfigurationArguments.TryTake(args, ref i, configArgs))
                    {
                        return await FailAsync(error, $"Unknown argument '{args[i]}'.");
                    }

                    break;
            }
        }

        if (root is null || id is null)
        {
            return await FailAsync(error, "Both --memory-root and --instruction are needed.");
        }

        var paths = InstructionPaths.Resolve(root, id);
        if (paths.Error is { } pathError)
        {
            return await FailAsync(error, pathError, showUsage: false);
        }

        if (!File.Exists(paths.Instruction))
        {
            return await FailAsync(error, $"There is no instruction file at {paths.Instruction}.", showUsage: false);
        }

        var text = await File.ReadAllTextAsync(paths.Instruction, Encoding.UTF8);
        await using var host = await CommandLineHost.StartAsync(configArgs, operatorName ?? $"configure ({Environment.UserName})");
        var files = host.Services.GetRequiredService<IConfigurationFileService>();
        var preview = await files.PreviewInstructionAsync(text, id);
        if (!preview.IsValid)
        {
            await error.WriteLineAsync($"{paths.Instruction} was not applied; nothing was changed or written:");
            foreach (var e in preview.Errors)
            {
                await error.WriteLineAsync($"  {InstructionYaml.FileName}:{e}");
            }

            return 2;
        }

        await output.WriteLineAsync($"Instruction {id}{(preview.Title is null ? "" : $": {preview.Title}")}");
        foreach (var change in preview.Changes)
        {
            await output.WriteLineAsync($"  {change}");
        }

        if (dryRun)
        {
            await output.WriteLineAsync(preview.ChangesNothing ? "Dry run: nothing would change." : $"Dry run: {preview.Changes.Count} change(s) would be applied to version {preview.BaseVersion}; nothing was written.");
            return 0;
        }

        var result = await files.ApplyInstructionAsync(text, id, preview.BaseVersion);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync(result.Message);
            return 2;
        }

        await output.WriteLineAsync(result.Message);
        if (result.HealthRecomputeStarted)
        {
            await RecomputeHealthAsync(host.Services, output);
        }

        var export = await files.ExportAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Output)!);
        var temporary = paths.Output + ".tmp";
        await File.WriteAllTextAsync(temporary, export.Yaml, new UTF8Encoding(false));
        File.Move(temporary, paths.Output, overwrite: true);
        await output.WriteLineAsync($"Wrote configuration version {export.Version} to {paths.Output}");
        return 0;
    }

    // The app recomputes health in the background after a save; a command-line run has no background worker, so it
    // recomputes here and waits, and the dashboards show the new model's scores at once.
    private static async Task RecomputeHealthAsync(IServiceProvider services, TextWriter output)
    {
        await output.WriteLineAsync("Recomputing every account's health with the new configuration ...");
        var accounts = await HealthMaintenance.RecomputeAllNowAsync(services);
        await output.WriteLineAsync($"Health recomputed for {accounts:N0} accounts.");
    }

    private static async Task<int> FailAsync(TextWriter error, string message, bool showUsage = true)
    {
        await error.WriteLineAsync(message);
        if (showUsage)
        {
            await error.WriteLineAsync(Usage);
        }

        return 2;
    }
}
