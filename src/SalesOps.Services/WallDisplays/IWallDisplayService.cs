using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.WallDisplays;

/// <summary>Ops managers' management of wall-display tokens: create, list, revoke.</summary>
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
}
