using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SalesOps.Benchmarks.Walls;

/// <summary>
/// Reads the server process's memory from outside it. The managed heap is read the way dotnet-gcdump does: an
/// EventPipe session with the GCHeapCollect keyword makes the runtime run a full, blocking, compacting (induced) GC,
/// and the GCHeapStats event that follows it gives the size of every generation, so what remains is live objects only
/// (the state each circuit holds), not garbage waiting for a collection. The process's private memory (Linux
/// smaps_rollup: private clean + dirty pages) is read right after it and includes everything else: native buffers,
/// the GC's retained segments, thread stacks.
/// </summary>
internal static class ServerProbe
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    /// <summary>Forces a full GC in process <paramref name="pid"/> (twice, so finalizable objects are gone) and measures.</summary>
    public static async Task<MemorySample> MeasureAsync(int pid)
    {
        await InducedGcHeapBytesAsync(pid);
        var heap = await InducedGcHeapBytesAsync(pid);
        var (privateBytes, rss) = ProcessMemory(pid);
        return new MemorySample(heap, privateBytes, rss);
    }

    /// <summary>Live managed bytes (all generations, large and pinned object heaps) after an induced full GC.</summary>
    private static async Task<long> InducedGcHeapBytesAsync(int pid)
    {
        var client = new DiagnosticsClient(pid);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var result = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inducedFullGc = false;
        source.Clr.GCStart += e => inducedFullGc = e.Depth == 2 && e.Reason is GCReason.Induced or GCReason.InducedNotForced;
        source.Clr.GCHeapStats += e =>
        {
            if (inducedFullGc)
            {
                result.TrySetResult(e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
            }
        };
        var processing = Task.Run(source.Process);
        var finished = await Task.WhenAny(result.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        await session.StopAsync(CancellationToken.None);
        await processing;
        return finished == result.Task
            ? await result.Task
            : throw new TimeoutException($"Process {pid} reported no induced full GC within 60 s.");
    }

    /// <summary>Private (clean + dirty) and resident bytes of the process, from /proc/PID/smaps_rollup.</summary>
    private static (long Private, long Resident) ProcessMemory(int pid)
    {
        long privateKb = 0, rssKb = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
        {
            var parts = line.Split(':', 2);
            if (parts.Length != 2)
            {
                continue;
            }

            var kb = long.TryParse(parts[1].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            switch (parts[0])
            {
                case "Private_Clean" or "Private_Dirty":
                    privateKb += kb;
                    break;
                case "Rss":
                    rssKb = kb;
                    break;
            }
        }

        return (privateKb * 1024, rssKb * 1024);
    }
}
