namespace SalesOps.Core.WallDisplays;

/// <summary>
/// Where a rotation stands: the panel on screen (<see cref="Index"/> into the rotation's panels), which showing of a
/// panel this is since the epoch (<see cref="Step"/>: it changes with every panel change, also in a one-panel
/// rotation), and how much of the panel's interval has passed and is left.
/// </summary>
public readonly record struct RotationPosition(int Index, long Step, TimeSpan Elapsed, TimeSpan Left)
{
    /// <summary>Share of the interval that has passed, 0 to 1.</summary>
    public double Progress => Elapsed / (Elapsed + Left);
}
