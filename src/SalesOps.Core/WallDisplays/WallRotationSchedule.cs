namespace SalesOps.Core.WallDisplays;

/// <summary>
/// Which panel of a rotation is on screen at any instant. Positions count from a fixed epoch rather than from when the
/// wall opened, so a wall that reloads (after a restart of the app, say) resumes exactly where it was, and walls on
/// the same rotation change panels together.
/// </summary>
public sealed class WallRotationSchedule
{
    private readonly TimeProvider _clock;

    public WallRotationSchedule(int panelCount, TimeSpan interval, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(panelCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromSeconds(1));
        ArgumentNullException.ThrowIfNull(clock);
        PanelCount = panelCount;
        Interval = interval;
        _clock = clock;
    }

    public int PanelCount { get; }

    public TimeSpan Interval { get; }

    /// <summary>The position now.</summary>
    public RotationPosition Current => At(_clock.GetUtcNow());

    public RotationPosition At(DateTimeOffset instant)
    {
        var sinceEpoch = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var step = Math.DivRem(sinceEpoch, Interval.Ticks, out var elapsed);
        if (elapsed < 0)
        {
            // Before 1970 (only ever in a test): keep the steps counting the same way.
            step--;
            elapsed += Interval.Ticks;
        }

        var index = (int)(((step % PanelCount) + PanelCount) % PanelCount);
        return new RotationPosition(index, step, TimeSpan.FromTicks(elapsed), TimeSpan.FromTicks(Interval.Ticks - elapsed));
    }

    /// <summary>Whether this schedule runs the same panels at the same pace as one for the given rotation.</summary>
    public bool Matches(int panelCount, TimeSpan interval) => PanelCount == panelCount && Interval == interval;
}
