using SalesOps.Core.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>The wall displays section of the CRM configuration as the settings page edits it.</summary>
public sealed class WallRotationsForm
{
    public const string NewRotationName = "New rotation";

    public List<WallRotationForm> Rotations { get; init; } = [];

    /// <summary>The rotation of displays that name none (followed through renames).</summary>
    public WallRotationForm? Default { get; set; }

    public int StaleAfterSeconds { get; set; }

    public static WallRotationsForm From(WallDisplaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rotations = settings.Rotations.Select(WallRotationForm.From).ToList();
        return new()
        {
            Rotations = rotations,
            Default = rotations.FirstOrDefault(r => string.Equals(r.Name, settings.DefaultRotation?.Trim(), StringComparison.OrdinalIgnoreCase)),
            StaleAfterSeconds = settings.StaleAfterSeconds,
        };
    }

    public WallDisplaySettings ToSettings() => new()
    {
        Rotations = [.. Rotations.Select(r => r.ToRotation())],
        DefaultRotation = Default?.Name.Trim() ?? "",
        StaleAfterSeconds = StaleAfterSeconds,
    };

    /// <summary>A new rotation showing the overview KPIs, at the end of the list.</summary>
    public WallRotationForm AddNew()
    {
        var rotation = new WallRotationForm { Name = UnusedName(NewRotationName), Panels = [WallPanel.OverviewKpis] };
        Rotations.Add(rotation);
        return rotation;
    }

    /// <summary>A copy of <paramref name="rotation"/> under a name not used yet, right after it.</summary>
    public WallRotationForm AddCopyOf(WallRotationForm rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        var copy = rotation.CopyAs(UnusedName($"Copy of {rotation.Name.Trim()}"));
        Rotations.Insert(Rotations.IndexOf(rotation) + 1, copy);
        return copy;
    }

    /// <summary>Removes <paramref name="rotation"/> unless it is the default (displays must always have one to fall back on).</summary>
    public bool Remove(WallRotationForm rotation)
    {
        if (rotation == Default)
        {
            return false;
        }

        return Rotations.Remove(rotation);
    }

    /// <summary>
    /// What saving does to the names displays refer to: each saved rotation that was renamed (old → new) or removed
    /// (old → null, so its displays show the default).
    /// </summary>
    public IReadOnlyList<(string Old, string? New)> NameChanges(WallDisplaySettings saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var changes = new List<(string, string?)>();
        foreach (var rotation in saved.Rotations)
        {
            var now = Rotations.FirstOrDefault(r => string.Equals(r.SavedName, rotation.Name, StringComparison.OrdinalIgnoreCase));
            if (now is null)
            {
                changes.Add((rotation.Name, null));
            }
            else if (now.IsRenamed)
            {
                changes.Add((rotation.Name, now.Name.Trim()));
            }
        }

        return changes;
    }

    private string UnusedName(string wanted)
    {
        var name = wanted;
        for (var n = 2; Rotations.Any(r => string.Equals(r.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)); n++)
        {
            name = $"{wanted} ({n})";
        }

        return name;
    }

    /// <summary>Whether two wall display sections say the same (lists are compared item by item; they are not records).</summary>
    public static bool Same(WallDisplaySettings a, WallDisplaySettings b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.DefaultRotation == b.DefaultRotation
            && a.StaleAfterSeconds == b.StaleAfterSeconds
            && a.Rotations.Count == b.Rotations.Count
            && a.Rotations.Zip(b.Rotations).All(p => p.First.Name == p.Second.Name
                && p.First.IntervalSeconds == p.Second.IntervalSeconds
                && p.First.HideCustomerNames == p.Second.HideCustomerNames
                && p.First.Panels.SequenceEqual(p.Second.Panels));
    }
}
