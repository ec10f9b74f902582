using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Benchmarks.Scale;
using SalesOps.Core.Configuration;
using SalesOps.Data.Auditing;
using SalesOps.Services.Configuration;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Benchmarks.Walls;

/// <summary>
/// What an open wall display costs the server: publishes the app in Release and runs it as its own process on a
/// SQLite demo company, creates display links, and opens walls in headless Chromium. Memory (managed heap after an
/// induced full GC, and private bytes) is measured with no wall open and after each step of open walls; CPU time of
/// the server process is measured over an idle window with no walls, with all walls on the default rotation (panels
/// change on the server's timer), and with all walls on a one-panel rotation (nothing changes: the idle cost between
/// data changes). Writes bench/results/walls.md and walls.json.
/// </summary>
internal static class WallsCommand
{
    /// <summary>The rotation the benchmark adds: one panel, so a wall on it has nothing to change until the data do.</summary>
    public const string StillRotation = "Bench: one panel";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(WallsOptions.Usage);
            return 0;
        }

        var root = Repository.Root();
        var (options, error) = WallsOptions.Parse(args, root);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{WallsOptions.Usage}");
            return 2;
        }

        Directory.CreateDirectory(options.WorkDirectory);
        Directory.CreateDirectory(options.OutputDirectory);
        try
        {
            return await MeasureAsync(options, root, string.Join(' ', args));
        }
        finally
        {
            // The published app and its database are only kept where the caller asked for them.
            if (!args.Contains("--work"))
            {
                Directory.Delete(options.WorkDirectory, recursive: true);
            }
        }
    }

    private static async Task<int> MeasureAsync(WallsOptions options, string root, string arguments)
    {
        var machine = MachineInfo.Current();
        var appDll = options.AppDirectory is { } dir
            ? Path.Combine(dir, "SalesOps.Dashboard.dll")
            : await AppUnderTest.PublishAsync(root, Path.Combine(options.WorkDirectory, "app"));

        await using var app = await AppUnderTest.StartAsync(appDll, options.WorkDirectory, options.Port);
        Console.WriteLine("Waiting for the start-up work (health history, usage detection) to finish");
        var quietAfter = await app.WaitUntilQuietAsync(percentOfOneCore: 2, window: TimeSpan.FromSeconds(10), limit: TimeSpan.FromMinutes(5));
        var (rotating, still, rotation) = await CreateDisplaysAsync(app.DatabaseFile, options.Rotation);
        var rotatingUrl = new Uri(app.BaseUrl, $"wall/{rotating}");
        var stillUrl = new Uri(app.BaseUrl, $"wall/{still}");

        await using var browser = await WallBrowser.LaunchAsync();
        // One wall opened and closed first: JIT, the analytics queries' plans, SignalR's and Blazor's shared state.
        Console.WriteLine("Warm-up: one wall opened and closed");
        await browser.OpenAsync(rotatingUrl);
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds));
        await browser.CloseLastAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));

        var memory = new List<MemoryStep> { await MeasureMemoryAsync(app, 0) };
        var idle = new List<IdleWindow> { await MeasureIdleAsync(app, browser, "No walls open", options.IdleSeconds) };

        foreach (var step in options.Walls)
        {
            Console.WriteLine($"Opening walls up to {step}");
            var opening = Stopwatch.StartNew();
            while (browser.Count < step)
            {
                await browser.OpenAsync(rotatingUrl);
            }

            Console.WriteLine($"  {step} walls up in {opening.Elapsed.TotalSeconds:N0} s; settling {options.SettleSeconds} s");
            await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds));
            memory.Add(await MeasureMemoryAsync(app, step));
        }

        var broken = await browser.CountBrokenAsync();
        idle.Add(await MeasureIdleAsync(app, browser, $"{browser.Count} walls, rotation \"{rotation.Name}\" ({rotation.Panels.Count} panels, {rotation.IntervalSeconds} s each)", options.IdleSeconds));

        Console.WriteLine($"Replacing the walls with {browser.Count} on the one-panel rotation");
        var count = browser.Count;
        while (browser.Count > 0)
        {
            await browser.CloseLastAsync();
        }

        while (browser.Count < count)
        {
            await browser.OpenAsync(stillUrl);
        }

        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds));
        var stillMemory = await MeasureMemoryAsync(app, browser.Count);
        broken += await browser.CountBrokenAsync();
        idle.Add(await MeasureIdleAsync(app, browser, $"{browser.Count} walls, one panel (nothing to rotate)", options.IdleSeconds));

        var report = new WallsReport(machine, options, arguments, quietAfter, rotation, memory, stillMemory, idle, broken);
        var written = report.Write(options.OutputDirectory, "walls");
        Console.WriteLine(report.Markdown());
        Console.WriteLine($"Results: {string.Join(", ", written)}");
        return broken == 0 ? 0 : 1;
    }

    /// <summary>
    /// Adds the one-panel rotation to the configuration and creates two display links through the app's own services
    /// (as an ops manager would): one on <paramref name="rotationName"/> (default: the configured default), one on the
    /// one-panel rotation. Returns their tokens and the measured rotation.
    /// </summary>
    private static async Task<(string Rotating, string Still, WallRotation Rotation)> CreateDisplaysAsync(string databaseFile, string? rotationName)
    {
        using var database = BenchDatabase.Open(databaseFile);
        using var actor = AuditActor.Begin("bench@salesops.example");
        await using var scope = database.SignIn();
        var configuration = scope.ServiceProvider.GetRequiredService<ICrmConfigurationService>();
        var current = await configuration.GetCurrentAsync();
        var walls = current.Configuration.WallDisplays;
        var rotation = rotationName is null ? walls.RotationFor(null) : walls.Find(rotationName)
            ?? throw new InvalidOperationException($"There is no rotation named '{rotationName}'; there are: {string.Join(", ", walls.Rotations.Select(r => r.Name))}.");
        if (walls.Find(StillRotation) is null)
        {
            var still = new WallRotation { Name = StillRotation, Panels = [WallPanel.OverviewKpis], IntervalSeconds = WallDisplaySettings.MaxIntervalSeconds };
            var saved = await configuration.SaveAsync(
                current.Configuration with { WallDisplays = walls with { Rotations = [.. walls.Rotations, still] } }, "Wall benchmark", current.Version);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException("Could not add the benchmark's rotation: " + string.Join("; ", saved.Errors.Select(e => $"{e.Field}: {e.Message}")));
            }
        }

        var displays = scope.ServiceProvider.GetRequiredService<IWallDisplayService>();
        var rotating = await CreateAsync(displays, "Bench wall (rotating)", rotationName is null ? null : rotation.Name);
        var fixedOne = await CreateAsync(displays, "Bench wall (one panel)", StillRotation);
        return (rotating, fixedOne, rotation);
    }

    private static async Task<string> CreateAsync(IWallDisplayService displays, string name, string? rotation)
    {
        var created = await displays.CreateAsync(name, null);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(created.Error);
        }

        var rotated = await displays.SetRotationAsync(created.Info!.Id, rotation);
        return rotated.Succeeded ? created.Token! : throw new InvalidOperationException(rotated.Error);
    }

    private static async Task<MemoryStep> MeasureMemoryAsync(AppUnderTest app, int walls)
    {
        var sample = await ServerProbe.MeasureAsync(app.ProcessId);
        Console.WriteLine($"  {walls} walls: managed heap {sample.ManagedHeapBytes / 1024.0 / 1024:N1} MB, private {sample.PrivateBytes / 1024.0 / 1024:N1} MB, RSS {sample.ResidentBytes / 1024.0 / 1024:N1} MB");
        return new MemoryStep(walls, sample);
    }

    private static async Task<IdleWindow> MeasureIdleAsync(AppUnderTest app, WallBrowser browser, string name, int seconds)
    {
        Console.WriteLine($"Idle CPU, {name}: {seconds} s");
        browser.TakeFrameCounts();
        var before = app.CpuTime();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var cpu = app.CpuTime() - before;
        var elapsed = clock.Elapsed;
        var (received, sent, bytes) = browser.TakeFrameCounts();
        var window = new IdleWindow(name, browser.Count, elapsed.TotalSeconds, cpu.TotalMilliseconds, received, sent, bytes, MachineInfo.LoadAverage());
        Console.WriteLine($"  server CPU {cpu.TotalMilliseconds:N0} ms ({window.PercentOfOneCore:N2} % of one core); {received} frames to the walls, {sent} from them");
        return window;
    }
}
