using SalesOps.Core.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>A wall rotation as the wall displays settings page edits it: its panels in the order they are shown.</summary>
public sealed class WallRotationForm
{
    private static int _lastId;

    public int RowId { get; } = Interlocked.Increment(ref _lastId);

    public string Name { get; set; } = "";

    /// <summary>The name it was loaded with; null for a rotation added on the page. Displays name rotations by name.</summary>
    public string? SavedName { get; init; }

    public List<WallPanel> Panels { get; init; } = [];

    public int IntervalSeconds { get; set; } = 20;

    public bool HideCustomerNames { get; set; }

    /// <summary>True when the rotation was loaded under another name (so displays naming that name must follow it).</summary>
    public bool IsRenamed => SavedName is not null && !string.Equals(SavedName, Name.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The panels not in the rotation yet, in their natural order.</summary>
    public IEnumerable<WallPanel> MissingPanels => Enum.GetValues<WallPanel>().Where(p => !Panels.Contains(p));

    /// <summary>Seconds one full cycle through the panels takes.</summary>
    public int CycleSeconds => Panels.Count * IntervalSeconds;

    public static WallRotationForm From(WallRotation rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        return new()
        {
            Name = rotation.Name, SavedName = rotation.Name, Panels = [.. rotation.Panels],
            IntervalSeconds = rotation.IntervalSeconds, HideCustomerNames = rotation.HideCustomerNames,
        };
    }

    /// <summary>A new rotation with this one's panels and settings.</summary>
    public WallRotationForm CopyAs(string name) =>
        new() { Name = name, Panels = [.. Panels], IntervalSeconds = IntervalSeconds, HideCustomerNames = HideCustomerNames };

    public WallRotation ToRotation() => new()
    {
        Name = Name.Trim(), Panels = [.. Panels], IntervalSeconds = IntervalSeconds, HideCustomerNames = HideCustomerNames,
    };

    public bool CanMoveUp(int index) => index > 0;

    public bool CanMoveDown(int index) => index < Panels.Count - 1;

    public void MoveUp(int index)
    {
        if (CanMoveUp(index))
        {
            (Panels[index - 1], Panels[index]) = (Panels[index], Panels[index - 1]);
        }
    }

    public void MoveDown(int index)
    {
        if (CanMoveDown(index))
        {
            (Panels[index + 1], Panels[index]) = (Panels[index], Panels[index + 1]);
        }
    }

    /// <summary>Adds <paramref name="panel"/> at the end; a panel already shown is not added twice.</summary>
    public void Add(WallPanel panel)
    {
        if (!Panels.Contains(panel))
        {
            Panels.Add(panel);
        }
    }

    public void RemoveAt(int index) => Panels.RemoveAt(index);

    /// <summary>When each panel comes on within one cycle: (panel, seconds from the start of the cycle).</summary>
    public IEnumerable<(WallPanel Panel, int StartsAt)> Schedule() => Panels.Select((p, i) => (p, i * IntervalSeconds));
}
