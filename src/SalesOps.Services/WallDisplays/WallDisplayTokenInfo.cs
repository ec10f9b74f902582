namespace SalesOps.Services.WallDisplays;

/// <summary>
/// A wall-display token as the admin page lists it: never the token itself, only its prefix. <see cref="Rotation"/> is
/// the rotation it names (null: the configured default).
/// </summary>
public sealed record WallDisplayTokenInfo(
    int Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? LastUsedAt,
    string? Rotation = null)
{
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
