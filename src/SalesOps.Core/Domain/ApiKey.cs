namespace SalesOps.Core.Domain;

/// <summary>
/// A named, revocable credential for a help desk or other integration posting to the API. Only a hash of the key is
/// stored; the key itself is shown once, when it is created.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>SHA-256 of the key, hex.</summary>
    public string KeyHash { get; set; } = "";
    /// <summary>The first characters of the key, so people can tell keys apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
