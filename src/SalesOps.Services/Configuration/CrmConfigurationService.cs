using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.Security;

namespace SalesOps.Services.Configuration;

internal sealed class CrmConfigurationService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider provider,
    ICurrentUser user,
    IHealthRecomputeQueue recompute,
    IEventBus events,
    TimeProvider clock) : ICrmConfigurationService
{
    private const int MaxCommentLength = 1000;
    private const int SaveAttempts = 3;

    public async Task<CurrentCrmConfiguration> GetCurrentAsync(CancellationToken ct = default)
    {
        var (configuration, version) = await provider.GetCurrentAsync(ct);
        return new CurrentCrmConfiguration(configuration, version);
    }

    public Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, CancellationToken ct = default) =>
        SaveAsync(configuration, comment, expectedVersion: null, ct);

    public Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, int expectedVersion, CancellationToken ct = default) =>
        SaveAsync(configuration, comment, (int?)expectedVersion, ct);

    private async Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = configuration.Validate().ToList();
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            errors.Add(new("comment", $"The comment is {comment.Length} characters long; keep it to {MaxCommentLength}."));
        }

        if (errors.Count > 0)
        {
            return ConfigurationSaveResult.Invalid(errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var latest = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version)
                .Select(v => new { v.Version, v.CreatedBy, v.Json }).FirstOrDefaultAsync(ct);
            if (expectedVersion is { } expected && (latest?.Version ?? 0) != expected)
            {
                // Saving would silently undo what was saved in between: the whole configuration is one object.
                return ConfigurationSaveResult.Invalid([ConfigurationSaveResult.VersionConflict(latest?.Version ?? 0, latest?.CreatedBy, expected,
                    "reload to see it, then make your change again.")]);
            }

            // A template whose items changed becomes a new template version; handoffs in flight keep the one they started with.
            configuration = configuration with { Handoffs = configuration.Handoffs.WithVersionsAfter(CrmConfigurationProvider.Parse(latest?.Json).Handoffs) };
            var json = JsonSerializer.Serialize(configuration, CrmConfigurationProvider.Json);

            var version = (latest?.Version ?? 0) + 1;
            db.ConfigurationVersions.Add(new CrmConfigurationVersion
            {
                Version = version,
                Json = json,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = user.Name,
                Comment = comment,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                events.Publish(new ConfigurationChanged(version, clock.GetUtcNow()));
                var healthChanged = HealthSections(configuration) != HealthSections(CrmConfigurationProvider.Parse(latest?.Json));
                if (healthChanged)
                {
                    // Today's health follows the new model without the person waiting for every account to be scored.
                    _ = recompute.RequestRecomputeAllAsync();
                }

                return ConfigurationSaveResult.Saved(version) with { HealthRecomputeStarted = healthChanged };
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Someone saved the same version number a moment earlier (unique index): take the next one.
            }
        }
    }

    // What health is computed from; a save that changes only other sections (handoff templates, ...) recomputes nothing.
    private static string HealthSections(CrmConfiguration c) =>
        JsonSerializer.Serialize(new { c.HealthModel, c.AtRisk, c.RenewalLikelihood, Tiers = c.Support.Tiers.Select(t => new { t.Tier, t.HealthWeights }) }, CrmConfigurationProvider.Json);

    public async Task<HealthModelPreview> PreviewAsync(CrmConfiguration candidate, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (current, version) = await provider.GetCurrentAsync(ct);
        return await HealthModelPreviewer.PreviewAsync(contextFactory, current, version, candidate, clock.GetUtcNow(), ct);
    }

    public Task<HealthRecomputeStatus> GetRecomputeStatusAsync(CancellationToken ct = default) => Task.FromResult(recompute.Status);

    public async Task<IReadOnlyList<ConfigurationVersionInfo>> ListVersionsAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new ConfigurationVersionInfo(v.Version, v.CreatedAt, v.CreatedBy, v.Comment))
            .ToListAsync(ct);
    }
}
