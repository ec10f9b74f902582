namespace SalesOps.Core.Configuration;

/// <summary>The rotations wall displays can use, which one a new display gets, and when data counts as stale.</summary>
public sealed record WallDisplaySettings
{
    public const string DefaultRotationName = "Operations floor";

    public IReadOnlyList<WallRotation> Rotations { get; init; } =
    [
        new() { Name = DefaultRotationName, Panels = Enum.GetValues<WallPanel>(), IntervalSeconds = 20 },
        new() { Name = "Reception", Panels = [WallPanel.OverviewKpis, WallPanel.RenewalsDue, WallPanel.ExpansionSignalsThisWeek], IntervalSeconds = 30, HideCustomerNames = true },
    ];

    /// <summary>The rotation of a display that names none (or names one that was removed).</summary>
    public string DefaultRotation { get; init; } = DefaultRotationName;

    /// <summary>A wall warns that its numbers are stale when it has had no fresh data for this many seconds.</summary>
    public int StaleAfterSeconds { get; init; } = 300;

    public WallRotation? Find(string? name) =>
        Rotations.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rotation a display named <paramref name="name"/> shows: that one, else the default, else the first.</summary>
    public WallRotation RotationFor(string? name) => Find(name) ?? Find(DefaultRotation) ?? Rotations[0];

    public IEnumerable<ConfigurationError> Validate(string path = "wall_displays")
    {
        if (Rotations.Count == 0)
        {
            yield return new($"{path}.rotations", "At least one rotation is needed.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Rotations.Count; i++)
        {
            var rotation = Rotations[i];
            var at = $"{path}.rotations[{i}]";
            if (string.IsNullOrWhiteSpace(rotation.Name))
            {
                yield return new($"{at}.name", "The rotation needs a name.");
            }
            else if (rotation.Name.Length > MaxNameLength)
            {
                yield return new($"{at}.name", $"The name is {rotation.Name.Length} characters long; keep it to {MaxNameLength}.");
            }
            else if (!names.Add(rotation.Name.Trim()))
            {
                yield return new($"{at}.name", $"The rotation name '{rotation.Name}' is used twice.");
            }

            if (rotation.Panels.Count == 0)
            {
                yield return new($"{at}.panels", "The rotation shows no panels; list at least one.");
            }

            for (var p = 0; p < rotation.Panels.Count; p++)
            {
                if (rotation.Panels.Take(p).Contains(rotation.Panels[p]))
                {
                    yield return new($"{at}.panels[{p}]", $"The panel '{SnakeCase.Of(rotation.Panels[p])}' is listed twice.");
                }
            }

            if (rotation.IntervalSeconds is < MinIntervalSeconds or > MaxIntervalSeconds)
            {
                yield return new($"{at}.interval_seconds", $"interval_seconds is {rotation.IntervalSeconds}; it must be between {MinIntervalSeconds} and {MaxIntervalSeconds}.");
            }
        }

        if (Rotations.Count > 0 && Find(DefaultRotation) is null)
        {
            yield return new($"{path}.default_rotation", $"The default rotation '{DefaultRotation}' is not one of the rotations.");
        }

        if (StaleAfterSeconds is < 30 or > 86_400)
        {
            yield return new($"{path}.stale_after_seconds", $"stale_after_seconds is {StaleAfterSeconds}; it must be between 30 and 86400.");
        }
    }

    public const int MaxNameLength = 60;
    public const int MinIntervalSeconds = 5;
    public const int MaxIntervalSeconds = 600;
}
