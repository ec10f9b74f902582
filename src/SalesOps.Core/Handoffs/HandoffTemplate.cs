using System.Text.RegularExpressions;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// A named checklist that new handoffs copy their items from. Its version goes up whenever its items change; a
/// handoff keeps the items (and the version number) it started with.
/// </summary>
public sealed partial record HandoffTemplate
{
    public string Name { get; init; } = "";

    public int Version { get; init; } = 1;

    public IReadOnlyList<ChecklistItemDefinition> Items { get; init; } = [];

    /// <summary>Items in checklist order: by stage, then as listed.</summary>
    public IEnumerable<ChecklistItemDefinition> Ordered() => Items.OrderBy(i => i.Stage);

    public bool HasSameItems(HandoffTemplate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        // Checklist order is by stage, then as listed: the same items listed stage by stage are the same checklist.
        return Ordered().SequenceEqual(other.Ordered());
    }

    public IEnumerable<ConfigurationError> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new($"{path}.name", "The template needs a name.");
        }

        if (Version < 1)
        {
            yield return new($"{path}.version", $"The version is {Version}; it must be at least 1.");
        }

        if (Items.Count == 0)
        {
            yield return new($"{path}.items", "The template has no items.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var at = $"{path}.items[{i}]";
            if (!KeyPattern().IsMatch(item.Key ?? ""))
            {
                yield return new($"{at}.key", $"The key '{item.Key}' must be lower-case letters, digits and underscores, starting with a letter.");
            }
            else if (!seen.Add(item.Key!))
            {
                yield return new($"{at}.key", $"The key '{item.Key}' is used twice; keys must be unique within a template.");
            }

            if (string.IsNullOrWhiteSpace(item.Label))
            {
                yield return new($"{at}.label", "The item needs a label.");
            }
            else if (item.Label.Length > MaxLabelLength)
            {
                yield return new($"{at}.label", $"The label is {item.Label.Length} characters long; keep it to {MaxLabelLength}.");
            }

            if (!Enum.IsDefined(item.Stage))
            {
                yield return new($"{at}.stage", $"'{item.Stage}' is not a handoff stage.");
            }

            if (!Enum.IsDefined(item.Kind))
            {
                yield return new($"{at}.kind", $"'{item.Kind}' is not an item kind.");
            }

            if (item.DueOffsetDays is < 0 or > MaxDueOffsetDays)
            {
                yield return new($"{at}.due_offset_days", $"The due offset is {item.DueOffsetDays} days; it must be between 0 and {MaxDueOffsetDays}.");
            }

            if (HandoffFields.BoundKind(item.Key ?? "") is { } bound && bound != item.Kind)
            {
                yield return new($"{at}.kind", $"'{item.Key}' is filled from the handoff's {HandoffFields.Describe(item.Key!)}, so its kind must be {bound}.");
            }
        }
    }

    public const int MaxLabelLength = 200;
    public const int MaxDueOffsetDays = 365;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex KeyPattern();
}
