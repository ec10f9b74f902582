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

    /// <summary>
    /// For an active token (checked again on every call, so a revoked or expired one is noticed at the next reload) the
    /// display's rotation from the configuration in force (the token's, else the default) and the figures of each of
    /// its panels from the analytics service, customer names replaced when the rotation hides them; else null (show
    /// "Display not authorised"). A panel whose figures cannot be read is marked unavailable rather than failing the call.
    /// </summary>
    Task<WallDisplayReading?> ReadAsync(string? token, CancellationToken ct = default);
}
