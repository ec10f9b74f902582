using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Services.Health;
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
    /// by the current user; when the health model, at-risk rules or renewal likelihood changed, it starts a recompute of
    /// every account's health in the background (see <see cref="GetRecomputeStatusAsync"/>) and does not wait for it.
    /// When it is not valid, nothing is stored and the result names every wrong field.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="SaveAsync(CrmConfiguration, string?, CancellationToken)"/>, but only while the version in force is
    /// still <paramref name="expectedVersion"/> (the one the person started from; 0 for the built-in defaults). When
    /// someone saved another version in the meantime, nothing is stored and the result's error (field <c>version</c>)
    /// says who.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationSaveResult> SaveAsync(CrmConfiguration configuration, string? comment, int expectedVersion, CancellationToken ct = default);

    /// <summary>Every stored version, newest first (without the configuration itself).</summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<IReadOnlyList<ConfigurationVersionInfo>> ListVersionsAsync(CancellationToken ct = default);

    /// <summary>
    /// What saving <paramref name="candidate"/> would do to today's health: every non-churned account scored under the
    /// configuration in force and under the candidate from the same inputs — accounts per band before and after, the
    /// band change matrix, the change in at-risk accounts and ARR at risk, and a few accounts that would move. Nothing
    /// is stored. An invalid candidate gives its errors instead.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<HealthModelPreview> PreviewAsync(CrmConfiguration candidate, CancellationToken ct = default);

    /// <summary>Whether the recompute a save started is still running on this app instance, and how the last one ended.</summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<HealthRecomputeStatus> GetRecomputeStatusAsync(CancellationToken ct = default);
}
