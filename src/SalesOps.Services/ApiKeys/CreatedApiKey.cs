namespace SalesOps.Services.ApiKeys;

/// <summary>
/// The outcome of creating a key: on success the key itself, which exists only here (the database keeps its hash), so
/// the page shows it once; otherwise a message that says what to fix.
/// </summary>
public sealed record CreatedApiKey(bool Succeeded, ApiKeyInfo? Info, string? Key, string? Error = null, string? Field = null)
{
    public static CreatedApiKey Fail(string error, string field) => new(false, null, null, error, field);
}
