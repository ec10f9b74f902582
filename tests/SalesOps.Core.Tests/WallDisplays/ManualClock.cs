namespace SalesOps.Core.Tests.WallDisplays;

/// <summary>A clock the test sets and moves by hand (Core's tests take no packages, so no FakeTimeProvider here).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
