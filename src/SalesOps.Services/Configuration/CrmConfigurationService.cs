using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Security;

namespace SalesOps.Services.Configuration;

internal sealed class CrmConfigurationService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider provider,
    ICurrentUser user,
    TimeProvider clock) : ICrmConfigurationService
{
    private const int MaxCommentLength = 1000;
    private const int SaveAttempts = 3;

    public async Task<CurrentCrmConfiguration> GetCurrentAsync(CancellationToken ct = default)
    {
        var (configuration, version) = await provider.GetCurrentAsync(ct);
        return new CurrentCrmConfiguration(configuration, version);
    }

    public async Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, CancellationToken ct = default)
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

        var json = JsonSerializer.Serialize(configuration, CrmConfigurationProvider.Json);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var version = (await db.ConfigurationVersions.MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
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
                return ConfigurationSaveResult.Saved(version);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Someone saved the same version number a moment earlier (unique index): take the next one.
            }
        }
    }

    public async Task<IReadOnlyList<ConfigurationVersionInfo>> ListVersionsAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new ConfigurationVersionInfo(v.Version, v.CreatedAt, v.CreatedBy, v.Comment))
            .ToListAsync(ct);
    }
}
