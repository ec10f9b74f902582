using System.Runtime.InteropServices;

namespace SalesOps.Benchmarks.Scale;

/// <summary>What the numbers were measured on, including how busy the machine was (Linux load average).</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime, DateTimeOffset Date)
{
    public static MachineInfo Current() => new(
        CpuModel(), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, DateTimeOffset.Now);

    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();
}
