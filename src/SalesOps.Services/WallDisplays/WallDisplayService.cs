using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Security;

namespace SalesOps.Services.WallDisplays;

public sealed class WallDisplayService : IWallDisplayService
{
    public const int MaxNameLength = 100;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory;
    private readonly TimeProvider _clock;
    private readonly ICurrentUser _user;
    private readonly ICrmConfigurationProvider _configuration;
    private readonly IEventBus? _events;

    // Internal: it takes the internal configuration provider, so it is registered by hand (WallDisplayServicesRegistration).
    internal WallDisplayService(
        IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, ICurrentUser user, ICrmConfigurationProvider configuration, IEventBus? events = null)
    {
        _contextFactory = contextFactory;
        _clock = clock;
        _user = user;
        _configuration = configuration;
        _events = events;
    }

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
            .Select(t => new WallDisplayTokenInfo(t.Id, t.Name, t.Prefix, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt, t.Rotation))
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
            Changed(token.Id);
        }

        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> ReinstateAsync(int id, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var token = await db.WallDisplayTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return ServiceResult.Fail("This display token no longer exists. Reload the list.");
        }

        if (token.ExpiresAt is { } expiry && expiry <= _clock.GetUtcNow())
        {
            // Lifting the revocation would not bring the TV back; say what would.
            return ServiceResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"The link \"{token.Name}\" expired on {expiry.UtcDateTime:yyyy-MM-dd HH:mm} UTC, so reinstating it would not bring the display back. Create a new link instead."));
        }

        if (token.RevokedAt is not null)
        {
            token.RevokedAt = null;
            token.RevokedBy = null;
            await db.SaveChangesAsync(ct);
            Changed(token.Id);
        }

        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> SetRotationAsync(int id, string? rotation, CancellationToken ct = default)
    {
        string? name = null;
        if (!string.IsNullOrWhiteSpace(rotation))
        {
            var (configuration, _) = await _configuration.GetCurrentAsync(ct);
            var walls = configuration.WallDisplays;
            var found = walls.Find(rotation);
            if (found is null)
            {
                var names = string.Join(", ", walls.Rotations.Select(r => $"\"{r.Name}\""));
                return ServiceResult.Fail(
                    $"There is no rotation named \"{rotation.Trim()}\". Choose one of {names}, or the default; rotations are set up under Settings \u2192 Wall displays.",
                    nameof(rotation));
            }

            // Stored as configured, so the list shows the rotation's own spelling.
            name = found.Name;
        }

        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var token = await db.WallDisplayTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return ServiceResult.Fail("This display token no longer exists. Reload the list.");
        }

        if (token.Rotation != name)
        {
            token.Rotation = name;
            await db.SaveChangesAsync(ct);
            Changed(token.Id);
        }

        return ServiceResult.Ok;
    }

    private void Changed(int id) => _events?.Publish(new WallDisplayChanged(id, _clock.GetUtcNow()));

    internal static WallDisplayTokenInfo ToInfo(WallDisplayToken t) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt, t.Rotation);
}
