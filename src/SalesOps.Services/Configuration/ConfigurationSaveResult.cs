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

    public static ConfigurationSaveResult Saved(int version) => new(version, []);

    public static ConfigurationSaveResult Invalid(IReadOnlyList<ConfigurationError> errors) => new(null, errors);
}
