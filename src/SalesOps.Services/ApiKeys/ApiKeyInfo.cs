namespace SalesOps.Services.ApiKeys;

/// <summary>An API key as the admin page lists it and as the API sees its caller: never the key itself, only its prefix.</summary>
public sealed record ApiKeyInfo(
    int Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? LastUsedAt)
{
    public bool IsActive => RevokedAt is null;
}
