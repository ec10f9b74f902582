namespace SalesOps.Core.Domain;

/// <summary>
/// A named, revocable, read-only credential for a team TV. Only a hash of the token is stored; the token itself is
/// shown once, when it is created.
/// </summary>
public class WallDisplayToken
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";
    /// <summary>The first characters of the token, so people can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    /// <summary>The name of the configured wall rotation this display shows; null (or a removed name) means the default rotation.</summary>
    public string? Rotation { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
