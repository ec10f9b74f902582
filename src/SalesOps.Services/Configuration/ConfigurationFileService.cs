using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Data;
using SalesOps.Services.Configuration.Yaml;
using SalesOps.Services.Security;

namespace SalesOps.Services.Configuration;

internal sealed class ConfigurationFileService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationService configurations,
    ICurrentUser user,
    TimeProvider clock) : IConfigurationFileService
{
    private const int MaxCommentLength = 1000;

    public async Task<ConfigurationExport> ExportAsync(int? version = null, CancellationToken ct = default)
    {
        var (configuration, number) = version is { } v
            ? (await LoadAsync(v, ct) ?? throw new ArgumentOutOfRangeException(nameof(version), v, $"There is no configuration version {v}."), v)
            : await CurrentAsync(ct);
        var yaml = CrmConfigurationYaml.Write(configuration, number, clock.GetUtcNow(), user.Name);
        return new ConfigurationExport(CrmConfigurationYaml.FileName, yaml, number);
    }

    public async Task<ConfigurationFilePreview> PreviewImportAsync(string yaml, CancellationToken ct = default)
    {
        var (current, version) = await CurrentAsync(ct);
        var read = CrmConfigurationYaml.Read(yaml);
        return read.Configuration is { } candidate
            ? new(version, [], Diff(current, candidate), read.DefaultedSections)
            : new(version, read.Errors, [], read.DefaultedSections);
    }

    public async Task<ConfigurationFileResult> ImportAsync(string yaml, int expectedVersion, string? comment, CancellationToken ct = default)
    {
        var read = CrmConfigurationYaml.Read(yaml);
        if (read.Configuration is not { } candidate)
        {
            return Refused(read.Errors, "The file was not imported: fix the problems listed and try again.");
        }

        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return await SaveAsync(candidate, expectedVersion, changes => $"Imported {CrmConfigurationYaml.FileName} ({Count(changes)})" + (note is null ? "" : $": {note}"), ct);
    }

    public async Task<ConfigurationFilePreview> PreviewInstructionAsync(string yaml, string? instructionId = null, CancellationToken ct = default)
    {
        var (current, version) = await CurrentAsync(ct);
        var read = InstructionYaml.Apply(yaml, current, instructionId);
        return read.Configuration is { } candidate
            ? new(version, [], Diff(current, candidate), [], read.Title)
            : new(version, read.Errors, [], [], read.Title);
    }

    public async Task<ConfigurationFileResult> ApplyInstructionAsync(string yaml, string? instructionId, int? expectedVersion, CancellationToken ct = default)
    {
        var (current, version) = await CurrentAsync(ct);
        if (expectedVersion is { } expected && expected != version)
        {
            // Applied to a newer version, the same instruction could mean something else: preview it again.
            return await ConflictAsync(version, expected, ct);
        }

        var read = InstructionYaml.Apply(yaml, current, instructionId);
        if (read.Configuration is not { } candidate)
        {
            return Refused(read.Errors, "The instruction was not applied: fix the problems listed and try again.");
        }

        return await SaveAsync(candidate, version, changes =>
        {
            var name = instructionId ?? read.InstructionId ?? InstructionYaml.FileName;
            var about = read.Title is null ? "" : $": {read.Title}";
            var by = read.RequestedBy is null ? "" : $" (requested by {read.RequestedBy})";
            return $"Instruction {name}{about}{by} ({Count(changes)})";
        }, (current, version), ct);
    }

    public async Task<ConfigurationFileResult> RollbackAsync(int toVersion, int expectedVersion, CancellationToken ct = default)
    {
        var target = await LoadAsync(toVersion, ct);
        if (target is null)
        {
            return Refused([new(0, 0, "version", $"There is no configuration version {toVersion} to roll back to.")], $"There is no configuration version {toVersion}.");
        }

        return await SaveAsync(target, expectedVersion, changes => $"Rolled back to version {toVersion} ({Count(changes)})", ct);
    }

    public async Task<IReadOnlyList<ConfigurationChange>> CompareAsync(int fromVersion, int toVersion, CancellationToken ct = default)
    {
        var from = await LoadAsync(fromVersion, ct) ?? throw new ArgumentOutOfRangeException(nameof(fromVersion), fromVersion, $"There is no configuration version {fromVersion}.");
        var to = await LoadAsync(toVersion, ct) ?? throw new ArgumentOutOfRangeException(nameof(toVersion), toVersion, $"There is no configuration version {toVersion}.");
        return ConfigurationDiff.Between(from, to);
    }

    private async Task<ConfigurationFileResult> SaveAsync(CrmConfiguration candidate, int expectedVersion, Func<IReadOnlyList<ConfigurationChange>, string> comment, CancellationToken ct) =>
        await SaveAsync(candidate, expectedVersion, comment, await CurrentAsync(ct), ct);

    /// <summary>Saves <paramref name="candidate"/> against <paramref name="inForce"/>, which the caller has just read.</summary>
    private async Task<ConfigurationFileResult> SaveAsync(CrmConfiguration candidate, int expectedVersion, Func<IReadOnlyList<ConfigurationChange>, string> comment,
        (CrmConfiguration Configuration, int Version) inForce, CancellationToken ct)
    {
        var (current, version) = inForce;
        if (version != expectedVersion)
        {
            return await ConflictAsync(version, expectedVersion, ct);
        }

        var changes = Diff(current, candidate);
        if (changes.Count == 0)
        {
            return new(ConfigurationFileOutcome.NoChange, version, [], [], $"No changes: this matches configuration version {version}, so nothing was saved.");
        }

        var text = comment(changes);
        text = text.Length > MaxCommentLength ? text[..(MaxCommentLength - 1)] + "…" : text;
        var result = await configurations.SaveAsync(candidate, text, expectedVersion, ct);
        if (!result.Succeeded)
        {
            return Refused([.. result.Errors.Select(e => new ConfigurationFileError(0, 0, e.Field, e.Message))],
                result.Errors.Count > 0 ? result.Errors[0].Message : "The configuration was not saved.");
        }

        var recompute = result.HealthRecomputeStarted ? " Health scores are being recomputed with it." : "";
        return new(ConfigurationFileOutcome.Applied, result.Version, changes, [], $"Saved as configuration version {result.Version} ({Count(changes)}).{recompute}")
        {
            HealthRecomputeStarted = result.HealthRecomputeStarted,
        };
    }

    /// <summary>The changes saving <paramref name="candidate"/> would make, template versions raised as the save raises them.</summary>
    private static IReadOnlyList<ConfigurationChange> Diff(CrmConfiguration current, CrmConfiguration candidate) =>
        ConfigurationDiff.Between(current, candidate with { Handoffs = candidate.Handoffs.WithVersionsAfter(current.Handoffs) });

    private async Task<(CrmConfiguration Configuration, int Version)> CurrentAsync(CancellationToken ct)
    {
        var current = await configurations.GetCurrentAsync(ct);
        return (current.Configuration, current.Version);
    }

    private async Task<CrmConfiguration?> LoadAsync(int version, CancellationToken ct)
    {
        if (version == 0)
        {
            return CrmConfiguration.Default;
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var json = await db.ConfigurationVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? null : CrmConfigurationProvider.Parse(json);
    }

    private async Task<ConfigurationFileResult> ConflictAsync(int version, int expected, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var by = await db.ConfigurationVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.CreatedBy).FirstOrDefaultAsync(ct);
        var conflict = ConfigurationSaveResult.VersionConflict(version, by, expected, "preview again to see what it changed.");
        return Refused([new(0, 0, conflict.Field, conflict.Message)], conflict.Message);
    }

    private static ConfigurationFileResult Refused(IReadOnlyList<ConfigurationFileError> errors, string message) =>
        new(ConfigurationFileOutcome.Refused, null, [], errors, message);

    private static string Count(IReadOnlyList<ConfigurationChange> changes) => changes.Count == 1 ? "1 change" : $"{changes.Count} changes";
}
