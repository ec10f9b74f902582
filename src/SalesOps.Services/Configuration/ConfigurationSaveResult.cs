using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>The outcome of saving a configuration: the new version, or every field that is wrong (nothing stored).</summary>
public sealed record ConfigurationSaveResult(int? Version, IReadOnlyList<ConfigurationError> Errors)
{
    /// <summary>The error field of a save refused because someone saved another version in the meantime.</summary>
    public const string VersionConflictField = "version";

    public bool Succeeded => Errors.Count == 0 && Version is not null;

    /// <summary>
    /// The save changed what health is computed from (health model, at-risk rules, renewal likelihood), so every account's
    /// health is being recomputed in the background.
    /// </summary>
    public bool HealthRecomputeStarted { get; init; }

    /// <summary>The error of a save refused because <paramref name="by"/> saved <paramref name="version"/> after the person started from <paramref name="expected"/>.</summary>
    public static ConfigurationError VersionConflict(int version, string? by, int expected, string whatNow) =>
        new(VersionConflictField, $"Version {version} was saved by {by ?? "someone"} after you started from version {expected}. Nothing was saved: {whatNow}");

    public static ConfigurationSaveResult Saved(int version) => new(version, []);

    public static ConfigurationSaveResult Invalid(IReadOnlyList<ConfigurationError> errors) => new(null, errors);
}
