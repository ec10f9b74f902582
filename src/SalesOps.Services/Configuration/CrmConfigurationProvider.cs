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
        return await ReadCurrentAsync(db, ct);
    }

    /// <summary>The configuration in force and its version, read through a context the caller already has open.</summary>
    public static async Task<(CrmConfiguration Configuration, int Version)> ReadCurrentAsync(SalesOpsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.Json }).FirstOrDefaultAsync(ct);
        return latest is null ? (CrmConfiguration.Default, 0) : (Parse(latest.Json), latest.Version);
    }

    /// <summary>A stored version's JSON as a configuration; none stored means the built-in defaults.</summary>
    public static CrmConfiguration Parse(string? json) =>
        json is null ? CrmConfiguration.Default : JsonSerializer.Deserialize<CrmConfiguration>(json, Json) ?? CrmConfiguration.Default;
}
