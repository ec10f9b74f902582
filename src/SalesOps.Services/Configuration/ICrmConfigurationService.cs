using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Services.Security;

namespace SalesOps.Services.Configuration;

/// <summary>Reads and saves the versioned CRM configuration (health model, at-risk rules, renewal likelihood).</summary>
public interface ICrmConfigurationService
{
    /// <summary>The configuration in force and its version (0 while the built-in defaults apply).</summary>
    [AnyUser]
    Task<CurrentCrmConfiguration> GetCurrentAsync(CancellationToken ct = default);

    /// <summary>
    /// Validates <paramref name="configuration"/> and, when it is valid, stores it as the next version, recorded as made
    /// by the current user. When it is not valid, nothing is stored and the result names every wrong field.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, CancellationToken ct = default);

    /// <summary>Every stored version, newest first (without the configuration itself).</summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<IReadOnlyList<ConfigurationVersionInfo>> ListVersionsAsync(CancellationToken ct = default);
}
