using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.ApiKeys;

public sealed class ApiKeyService(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, ICurrentUser user) : IApiKeyService
{
    public const int MaxNameLength = 100;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;
    private readonly ICurrentUser _user = user;

    public async Task<CreatedApiKey> CreateAsync(string name, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return CreatedApiKey.Fail("Enter a name that says who uses the key, e.g. \"Zendesk macro\".", nameof(name));
        }

        if (trimmed.Length > MaxNameLength)
        {
            return CreatedApiKey.Fail($"Use a name of at most {MaxNameLength} characters.", nameof(name));
        }

        var key = ApiKeyTokens.NewKey();
        var record = new ApiKey
        {
            Name = trimmed,
            KeyHash = ApiKeyTokens.Hash(key),
            Prefix = ApiKeyTokens.PrefixOf(key),
            CreatedAt = _clock.GetUtcNow(),
            CreatedBy = _user.Name,
        };
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(true, ToInfo(record), key);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking()
            .OrderByDescending(k => k.Id)
            .Select(k => new ApiKeyInfo(k.Id, k.Name, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedBy, k.LastUsedAt))
            .ToListAsync(ct);
    }

    public async Task<ServiceResult> RevokeAsync(int id, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return ServiceResult.Fail("This API key no longer exists. Reload the list.");
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = _clock.GetUtcNow();
            key.RevokedBy = _user.Name;
            await db.SaveChangesAsync(ct);
        }

        return ServiceResult.Ok;
    }

    internal static ApiKeyInfo ToInfo(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedBy, k.LastUsedAt);
}
