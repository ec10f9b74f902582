namespace SalesOps.Services.ApiKeys;

/// <summary>
/// The API's way of recognising a caller. An integration has no user and no session, so this is deliberately NOT
/// registered behind the authorizing proxy: the key is the credential, checked here on every request. To keep that
/// hole small, the gate can do nothing but check a key; the principal it leads to goes through the services' own
/// access rules like any other.
/// </summary>
public interface IApiKeyGate
{
    /// <summary>
    /// The key's record when it is known and not revoked, else null. Marks it used (at most once a minute, so a busy
    /// help desk does not write on every request).
    /// </summary>
    Task<ApiKeyInfo?> ValidateAsync(string? key, CancellationToken ct = default);
}
