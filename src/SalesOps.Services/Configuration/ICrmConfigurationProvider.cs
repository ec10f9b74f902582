using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>
/// The CRM configuration in force (the highest stored version, or the defaults when none was saved). Read by the
/// health job, analytics and pages; not a user-facing service, so it is not behind the authorizing proxy.
/// </summary>
internal interface ICrmConfigurationProvider
{
    /// <summary>The configuration in force and its version (0 for the built-in defaults).</summary>
    Task<(CrmConfiguration Configuration, int Version)> GetCurrentAsync(CancellationToken ct = default);
}
