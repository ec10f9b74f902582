namespace SalesOps.Services.Configuration;

/// <summary>
/// The outcome of an import, instruction or rollback: the version stored (when <see cref="ConfigurationFileOutcome.Applied"/>),
/// the changes it made, or the problems that stopped it; and one sentence saying which, for people and the command line.
/// </summary>
public sealed record ConfigurationFileResult(
    ConfigurationFileOutcome Outcome,
    int? Version,
    IReadOnlyList<ConfigurationChange> Changes,
    IReadOnlyList<ConfigurationFileError> Errors,
    string Message)
{
    /// <summary>The new version changes what health is computed from; every account's health is being recomputed.</summary>
    public bool HealthRecomputeStarted { get; init; }

    public bool Succeeded => Outcome is ConfigurationFileOutcome.Applied or ConfigurationFileOutcome.NoChange;

    /// <summary>Refused because someone saved another version after the preview (error path <c>version</c>).</summary>
    public bool IsVersionConflict => Errors.Any(e => e.Path == ConfigurationSaveResult.VersionConflictField);
}
