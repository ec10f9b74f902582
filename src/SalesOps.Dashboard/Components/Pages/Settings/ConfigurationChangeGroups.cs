using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>A configuration diff grouped by the file's top-level sections, so a long diff reads section by section.</summary>
public static class ConfigurationChangeGroups
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["support"] = "Support tiers and fields",
        ["health_model"] = "Health model",
        ["at_risk"] = "At-risk rules",
        ["renewal_likelihood"] = "Renewal likelihood",
        ["expansion"] = "Expansion triggers",
        ["handoffs"] = "Handoff templates",
        ["data_quality"] = "Data quality",
        ["wall_displays"] = "Wall displays",
    };

    /// <summary>Groups in the order their first change appears (the diff follows the file's order).</summary>
    public static IReadOnlyList<ConfigurationChangeGroup> Of(IEnumerable<ConfigurationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes
            .GroupBy(c => SectionOf(c.Path), StringComparer.Ordinal)
            .Select(g => new ConfigurationChangeGroup(g.Key, TitleOf(g.Key), g.ToList()))
            .ToList();
    }

    /// <summary>The top-level key of a path: <c>support</c> for <c>support.tiers[vip].first_response_hours</c>.</summary>
    public static string SectionOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['.', '[', ' ']);
        return end < 0 ? path : path[..end];
    }

    /// <summary>The rest of the path after its section and the dot: <c>tiers[vip].first_response_hours</c>.</summary>
    public static string WithinSection(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var section = SectionOf(path);
        return path.Length > section.Length && path[section.Length] == '.' ? path[(section.Length + 1)..] : path[section.Length..];
    }

    public static string TitleOf(string section) =>
        Titles.TryGetValue(section, out var title) ? title
        : section.Length == 0 ? "Whole file"
        : char.ToUpperInvariant(section[0]) + section[1..].Replace('_', ' ');
}
