using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.WallDisplays;

/// <summary>Ops managers' management of wall-display tokens: create, list, revoke, reinstate, and which rotation each shows.</summary>
public interface IWallDisplayService
{
    /// <summary>
    /// Creates a named token, optionally expiring at <paramref name="expiresAt"/>. The result carries the token once;
    /// only its SHA-256 hash and a short prefix are stored.
    /// </summary>
    [RequiresPolicy(Policies.ManageWallDisplays)]
    Task<CreatedWallDisplayToken> CreateAsync(string name, DateTimeOffset? expiresAt, CancellationToken ct = default);

    /// <summary>All tokens, newest first, without the tokens themselves.</summary>
    [RequiresPolicy(Policies.ManageWallDisplays)]
    Task<IReadOnlyList<WallDisplayTokenInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>Revokes a token at once; its wall shows "Display not authorised" from its next refresh.</summary>
    [RequiresPolicy(Policies.ManageWallDisplays)]
    Task<ServiceResult> RevokeAsync(int id, CancellationToken ct = default);

    /// <summary>
    /// Lifts a revocation, so a TV still showing "Display not authorised" comes back by itself at its next check,
    /// without anyone touching it. Refused (with the reason) for a token that no longer exists or has expired.
    /// </summary>
    [RequiresPolicy(Policies.ManageWallDisplays)]
    Task<ServiceResult> ReinstateAsync(int id, CancellationToken ct = default);

    /// <summary>
    /// Names the configured rotation the display shows; null or blank means the configured default rotation. A name
    /// that is not one of the configured rotations is refused with a message listing those (field <c>rotation</c>).
    /// </summary>
    [RequiresPolicy(Policies.ManageWallDisplays)]
    Task<ServiceResult> SetRotationAsync(int id, string? rotation, CancellationToken ct = default);
}
