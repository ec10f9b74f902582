using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>
/// The component whose score changed most between the snapshot of <paramref name="From"/> (about 30 days before the
/// latest) and the latest one of <paramref name="To"/>.
/// </summary>
public sealed record HealthMover(HealthComponent Component, int Before, int After, DateOnly From, DateOnly To)
{
    public int Change => After - Before;
}
