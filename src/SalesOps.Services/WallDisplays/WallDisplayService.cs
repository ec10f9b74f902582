using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.WallDisplays;

public sealed class WallDisplayService(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, ICurrentUser user) : IWallDisplayService
{
    public const int MaxNameLength = 100;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;
    private readonly ICurrentUser _user = user;

    public async Task<CreatedWallDisplayToken> CreateAsync(string name, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return CreatedWallDisplayToken.Fail("Enter a name that says where the display hangs, e.g. \"Support floor TV\".", nameof(name));
        }

        if (trimmed.Length > MaxNameLength)
        {
            return CreatedWallDisplayToken.Fail($"Use a name of at most {MaxNameLength} characters.", nameof(name));
        }

        var now = _clock.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            return CreatedWallDisplayToken.Fail("Choose an expiry date in the future, or leave it empty for a token that does not expire.", nameof(expiresAt));
        }

        var token = WallDisplayTokens.NewToken();
        var record = new WallDisplayToken
        {
            Name = trimmed,
            TokenHash = WallDisplayTokens.Hash(token),
            Prefix = WallDisplayTokens.PrefixOf(token),
            CreatedAt = now,
            CreatedBy = _user.Name,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        db.WallDisplayTokens.Add(record);
        await db.SaveChangesAsync(ct);
        return new CreatedWallDisplayToken(true, ToInfo(record), token);
    }

    public async Task<IReadOnlyList<WallDisplayTokenInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        return await db.WallDisplayTokens.AsNoTracking()
            .OrderByDescending(t => t.Id)
            .Select(t => new WallDisplayTokenInfo(t.Id, t.Name, t.Prefix, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt))
            .ToListAsync(ct);
    }

    public async Task<ServiceResult> RevokeAsync(int id, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var token = await db.WallDisplayTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return ServiceResult.Fail("This display token no longer exists. Reload the list.");
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = _clock.GetUtcNow();
            token.RevokedBy = _user.Name;
            await db.SaveChangesAsync(ct);
        }

        return ServiceResult.Ok;
    }

    internal static WallDisplayTokenInfo ToInfo(WallDisplayToken t) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt);
}
