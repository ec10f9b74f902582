namespace SalesOps.Core.Security;

/// <summary>
/// Who may do what. Every page, endpoint and writing service method names one of these policies; this table is the
/// single place that says which roles each policy admits (the access-matrix test reads it too).
/// </summary>
public static class Policies
{
    /// <summary>See customer records and dashboards.</summary>
    public const string ViewCustomers = nameof(ViewCustomers);

    /// <summary>Change customer records (support tier, primary contact, ...).</summary>
    public const string EditCustomers = nameof(EditCustomers);

    /// <summary>Create users, assign roles, disable, reset passwords.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Read the audit log.</summary>
    public const string ViewAuditLog = nameof(ViewAuditLog);

    /// <summary>Create and revoke wall-display tokens.</summary>
    public const string ManageWallDisplays = nameof(ManageWallDisplays);

    /// <summary>Change the CRM configuration (health model, rules, templates, ...).</summary>
    public const string ManageConfiguration = nameof(ManageConfiguration);

    /// <summary>Work on sales → success handoffs (checklist, information transfer, introduction email).</summary>
    public const string EditHandoffs = nameof(EditHandoffs);

    /// <summary>Move deals through their stages (marking one Closed Won starts its handoff).</summary>
    public const string EditDeals = nameof(EditDeals);

    /// <summary>Log expansion signals (support reps and up).</summary>
    public const string LogSignals = nameof(LogSignals);

    /// <summary>Act on expansion signals as the account manager: acknowledge, introduce, create the opportunity, dismiss.</summary>
    public const string WorkSignals = nameof(WorkSignals);

    /// <summary>Create and revoke API keys for help desks and other integrations.</summary>
    public const string ManageApiKeys = nameof(ManageApiKeys);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ViewCustomers] = AppRoles.All,
        [EditCustomers] = [AppRoles.OpsManager, AppRoles.Sales, AppRoles.Success, AppRoles.Support],
        [ManageUsers] = [AppRoles.OpsManager],
        [ViewAuditLog] = [AppRoles.OpsManager],
        [ManageWallDisplays] = [AppRoles.OpsManager],
        [ManageConfiguration] = [AppRoles.OpsManager],
        [EditHandoffs] = [AppRoles.OpsManager, AppRoles.Sales, AppRoles.Success],
        [EditDeals] = [AppRoles.OpsManager, AppRoles.Sales],
        [LogSignals] = [AppRoles.OpsManager, AppRoles.Sales, AppRoles.Success, AppRoles.Support],
        [WorkSignals] = [AppRoles.OpsManager, AppRoles.Sales],
        [ManageApiKeys] = [AppRoles.OpsManager],
    };

    /// <summary>True when a user holding <paramref name="userRoles"/> passes <paramref name="policy"/>.</summary>
    public static bool Allows(string policy, IEnumerable<string> userRoles)
    {
        ArgumentNullException.ThrowIfNull(userRoles);
        return Roles.TryGetValue(policy, out var allowed)
            ? userRoles.Any(r => allowed.Contains(r, StringComparer.Ordinal))
            : throw new ArgumentException($"Unknown policy '{policy}'.", nameof(policy));
    }
}
