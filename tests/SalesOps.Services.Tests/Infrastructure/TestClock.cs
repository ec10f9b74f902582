using Microsoft.Extensions.Time.Testing;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>The fixed "now" of every test database, so generated data and derived fields never depend on the real clock.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
