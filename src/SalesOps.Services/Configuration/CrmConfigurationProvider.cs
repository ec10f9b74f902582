using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Data;

namespace SalesOps.Services.Configuration;

internal sealed class CrmConfigurationProvider(IDbContextFactory<SalesOpsDbContext> contextFactory) : ICrmConfigurationProvider
{
    public static JsonSerializerOptions Json { get; } = new() { WriteIndented = true };

    public async Task<(CrmConfiguration Configuration, int Version)> GetCurrentAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var latest = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.Json }).FirstOrDefaultAsync(ct);
        return latest is null
            ? (CrmConfiguration.Default, 0)
            : (JsonSerializer.Deserialize<CrmConfiguration>(latest.Json, Json) ?? CrmConfiguration.Default, latest.Version);
    }
}
