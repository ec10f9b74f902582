using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.ApiKeys;

/// <summary>Ops managers' management of the API keys help desks and other integrations post with: create, list, revoke.</summary>
public interface IApiKeyService
{
    /// <summary>
    /// Creates a named key. The result carries the key once; only its SHA-256 hash and a short prefix are stored, so a
    /// lost key cannot be shown again (revoke it and create another).
    /// </summary>
    [RequiresPolicy(Policies.ManageApiKeys)]
    Task<CreatedApiKey> CreateAsync(string name, CancellationToken ct = default);

    /// <summary>All keys, newest first, without the keys themselves.</summary>
    [RequiresPolicy(Policies.ManageApiKeys)]
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>Revokes a key at once: the next request made with it gets 401.</summary>
    [RequiresPolicy(Policies.ManageApiKeys)]
    Task<ServiceResult> RevokeAsync(int id, CancellationToken ct = default);
}
