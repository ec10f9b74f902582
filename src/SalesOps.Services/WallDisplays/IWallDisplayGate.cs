namespace SalesOps.Services.WallDisplays;

/// <summary>
/// The wall's way in. A wall display has no user and no session, so this is deliberately NOT registered behind the
/// authorizing proxy: the token is the credential, checked here on every call. To keep that hole small, the gate can
/// do nothing but check a token and hand back the read-only numbers a wall shows; never add writes or record-level
/// reads to it.
/// </summary>
public interface IWallDisplayGate
{
    /// <summary>
    /// The token's record when it is active (known, not revoked, not expired), else null. Marks it used (at most once a
    /// minute, so a wall refreshing every few seconds does not write every time).
    /// </summary>
    Task<WallDisplayTokenInfo?> ValidateAsync(string? token, CancellationToken ct = default);

    /// <summary>The wall's numbers for an active token, else null (show "Display not authorised").</summary>
    Task<WallDisplayReading?> ReadAsync(string? token, CancellationToken ct = default);
}
