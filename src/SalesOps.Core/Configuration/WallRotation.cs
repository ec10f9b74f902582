namespace SalesOps.Core.Configuration;

/// <summary>A named sequence of panels a wall display cycles through; each wall token uses one rotation.</summary>
public sealed record WallRotation
{
    public string Name { get; init; } = "";

    public IReadOnlyList<WallPanel> Panels { get; init; } = [];

    /// <summary>Seconds each panel stays on screen.</summary>
    public int IntervalSeconds { get; init; } = 20;

    /// <summary>Show "Customer 1, 2, ..." instead of customer names (screens in public areas).</summary>
    public bool HideCustomerNames { get; init; }
}
