using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Benchmarks.Scale;
using SalesOps.Core.Configuration;

namespace SalesOps.Benchmarks.Walls;

/// <summary>The wall benchmark's results as a Markdown page (what docs/performance.md summarises) and as JSON.</summary>
internal sealed class WallsReport(
    MachineInfo machine, WallsOptions options, string arguments, TimeSpan quietAfter, WallRotation rotation,
    IReadOnlyList<MemoryStep> memory, MemoryStep stillMemory, IReadOnlyList<IdleWindow> idle, int broken)
{
    /// <summary>The issue's goal: server memory per idle wall circuit.</summary>
    public const double BudgetKbPerWall = 300;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>(0 → most walls) per wall: everything a wall adds, shared one-time costs beyond the warm-up included.</summary>
    public (double Heap, double Private) KbPerWallFromNone => PerWall(memory[0], memory[^1]);

    /// <summary>Between the first and the last step: the cost of one more wall once walls are running.</summary>
    public (double Heap, double Private) KbPerWallMarginal => memory.Count > 2 ? PerWall(memory[1], memory[^1]) : KbPerWallFromNone;

    /// <summary>(0 → the same number of walls on the one-panel rotation) per wall: how much of a wall's cost its panels are.</summary>
    public (double Heap, double Private) KbPerStillWall => PerWall(memory[0], stillMemory);

    public IReadOnlyList<string> Write(string directory, string name)
    {
        var markdown = Path.Combine(directory, $"{name}.md");
        var json = Path.Combine(directory, $"{name}.json");
        File.WriteAllText(markdown, Markdown());
        File.WriteAllText(json, JsonSerializer.Serialize(new
        {
            machine, arguments, options.Walls, options.IdleSeconds, options.SettleSeconds, rotation, quietAfterSeconds = quietAfter.TotalSeconds,
            memory, kbPerWallFromNone = new { KbPerWallFromNone.Heap, KbPerWallFromNone.Private },
            kbPerWallMarginal = new { KbPerWallMarginal.Heap, KbPerWallMarginal.Private },
            onePanel = stillMemory, kbPerOnePanelWall = new { KbPerStillWall.Heap, KbPerStillWall.Private },
            idle = idle.Select(w => new
            {
                w.Name, w.Walls, w.Seconds, w.CpuMilliseconds, w.PercentOfOneCore, cpuMsPerWallMinute = w.CpuMsPerWallMinute(idle[0]),
                w.FramesReceived, w.FramesSent, w.BytesReceived, w.FramesPerWallMinute, w.LoadAverage,
            }),
            brokenWalls = broken,
        }, Json));
        return [markdown, json];
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";
        var most = memory[^1].Walls;

        Line("# Wall display cost per display");
        Line();
        Line(Inv($"Measured {machine.Date:yyyy-MM-dd HH:mm zzz} on {machine.Cpu} ({machine.Cores} cores), {machine.Os}, {machine.Runtime}."));
        Line($"Command: `dotnet run -c Release --project bench/SalesOps.Benchmarks -- walls{(arguments.Length > 0 ? " " + arguments : "")}`.");
        Line();
        Line("The app ran as its own process (a `dotnet publish -c Release` build, Production environment, SQLite with the 500-account");
        Line(Inv($"demo company written on its first start; measured once its start-up work had finished, {quietAfter.TotalSeconds:N0} s after it answered)."));
        Line("Walls were opened in headless Chromium (Debian's), one browser context per wall, each a live Blazor circuit that had");
        Line(Inv($"rendered its first panel and started its browser module. Measured rotation: \"{rotation.Name}\", {rotation.Panels.Count} panels, {rotation.IntervalSeconds} s each."));
        Line("One wall was opened and closed before the first measurement (JIT, query plans, shared SignalR and Blazor state).");
        Line();
        Line("## Memory");
        Line();
        Line("Managed heap: live bytes of every generation after a full, blocking, compacting GC that the benchmark induced from");
        Line("outside through an EventPipe session (the GCHeapCollect keyword, as `dotnet-gcdump` does), read from the GCHeapStats");
        Line("event that follows it; it is the state the circuits hold, without garbage. Private bytes: the process's private");
        Line(Inv($"pages (Linux smaps_rollup, clean + dirty) right after it, which includes native buffers and memory the GC keeps. Each step waited {options.SettleSeconds} s after its last wall came up."));
        Line();
        Line(Row(["Walls open", "Managed heap", "Private bytes", "Resident"]));
        Line(Row(["---:", "---:", "---:", "---:"]));
        foreach (var step in memory)
        {
            Line(Row([Inv($"{step.Walls}"), Mb(step.Sample.ManagedHeapBytes), Mb(step.Sample.PrivateBytes), Mb(step.Sample.ResidentBytes)]));
        }

        Line();
        Line(Row(["Per wall", "Managed heap", "Private bytes", Inv($"Goal (≤ {BudgetKbPerWall:N0} KB)")]));
        Line(Row(["---", "---:", "---:", "---"]));
        Line(Row([Inv($"0 → {most} walls"), Kb(KbPerWallFromNone.Heap), Kb(KbPerWallFromNone.Private), Verdict(KbPerWallFromNone)]));
        if (memory.Count > 2)
        {
            Line(Row([Inv($"{memory[1].Walls} → {most} walls (one more wall)"), Kb(KbPerWallMarginal.Heap), Kb(KbPerWallMarginal.Private), Verdict(KbPerWallMarginal)]));
        }

        // Measured after the rotating walls were closed and replaced: the managed heap has let go of them, the process's
        // private pages not (the GC keeps memory it once committed), so only the heap compares.
        Line(Row([Inv($"0 → {stillMemory.Walls} walls on a one-panel rotation"), Kb(KbPerStillWall.Heap), "not comparable",
            KbPerStillWall.Heap <= BudgetKbPerWall ? "met on the managed heap" : "not met on the managed heap"]));
        Line();
        Line(Inv($"The one-panel walls (\"{WallsCommand.StillRotation}\": the overview KPIs only) were measured after the rotating walls had been closed and replaced by them: the server held {Mb(stillMemory.Sample.ManagedHeapBytes)} of managed heap (the difference from the measured rotation is what its other panels' figures and render trees cost) and {Mb(stillMemory.Sample.PrivateBytes)} of private bytes, which still include what the closed walls had made the process commit."));
        Line();
        Line("## CPU while idle");
        Line();
        Line(Inv($"Server process CPU time (user + system, all threads) over {options.IdleSeconds} s in which nothing happened but the open walls: no"));
        Line("data changed, nobody else used the app. Frames: WebSocket frames the walls received from the server (renders, and");
        Line("SignalR's keep-alive ping every 15 s) and sent to it (pings, acknowledgements of renders).");
        Line();
        Line(Row(["Window", "Walls", "Server CPU", "% of one core", "CPU per wall-minute, above no walls", "Frames to walls per wall-minute", "Bytes to walls", "Frames from walls", "Load average"]));
        Line(Row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"]));
        foreach (var w in idle)
        {
            Line(Row([w.Name, Inv($"{w.Walls}"), Inv($"{w.CpuMilliseconds:N0} ms"), Inv($"{w.PercentOfOneCore:N2} %"),
                w.CpuMsPerWallMinute(idle[0]) is { } perWall ? Inv($"{perWall:N1} ms") : "",
                w.FramesPerWallMinute is { } frames ? Inv($"{frames:N1}") : "", Inv($"{w.BytesReceived:N0}"), Inv($"{w.FramesSent:N0}"), w.LoadAverage]));
        }

        Line();
        Line(broken == 0 ? "Every wall showed its panels throughout." : Inv($"{broken} wall(s) showed no panel at the end of a window: see the app's log."));
        return md.ToString();
    }

    private static (double Heap, double Private) PerWall(MemoryStep from, MemoryStep to)
    {
        var walls = to.Walls - from.Walls;
        return ((to.Sample.ManagedHeapBytes - from.Sample.ManagedHeapBytes) / 1024.0 / walls,
            (to.Sample.PrivateBytes - from.Sample.PrivateBytes) / 1024.0 / walls);
    }

    private static string Verdict((double Heap, double Private) perWall) =>
        (perWall.Heap <= BudgetKbPerWall, perWall.Private <= BudgetKbPerWall) switch
        {
            (true, true) => "met",
            (true, false) => "met on the managed heap, not in private bytes",
            (false, true) => "met in private bytes, not on the managed heap",
            _ => "not met",
        };

    private static string Mb(long bytes) => Inv($"{bytes / 1024.0 / 1024:N1} MB");

    private static string Kb(double kb) => Inv($"{kb:N0} KB");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
