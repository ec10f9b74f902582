namespace SalesOps.Benchmarks.Walls;

/// <summary>
/// The server's CPU time over a window in which nothing but the open walls happened, and the WebSocket frames the
/// walls received from the server and sent to it meanwhile (SignalR keep-alive pings included: one each way every 15 s).
/// </summary>
internal sealed record IdleWindow(
    string Name, int Walls, double Seconds, double CpuMilliseconds, long FramesReceived, long FramesSent, long BytesReceived, string LoadAverage)
{
    public double PercentOfOneCore => CpuMilliseconds / (Seconds * 1000) * 100;

    /// <summary>Server CPU per wall per minute above <paramref name="baseline"/> (the same window with no walls).</summary>
    public double? CpuMsPerWallMinute(IdleWindow baseline) =>
        Walls == 0 ? null : ((CpuMilliseconds / Seconds) - (baseline.CpuMilliseconds / baseline.Seconds)) * 60 / Walls;

    public double? FramesPerWallMinute => Walls == 0 ? null : FramesReceived / Seconds * 60 / Walls;
}
