using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Users;

/// <summary>
/// User administration for ops managers: list, create, assign roles, disable and enable, reset passwords. Every change
/// is recorded in the audit trail by the database context, with the acting user.
/// </summary>
public interface IUserAdminService
{
    /// <summary>One page of users whose e-mail or display name contains the search text, by e-mail.</summary>
    [RequiresPolicy(Policies.ManageUsers)]
    Task<PagedResult<UserListItem>> SearchAsync(UserQuery query, CancellationToken ct = default);

    /// <summary>
    /// Creates a user with the given roles and a generated one-time password (returned once in the result). Refuses an
    /// invalid or taken e-mail, a missing name, no role or an unknown role, with a message; nothing is created then.
    /// </summary>
    [RequiresPolicy(Policies.ManageUsers)]
    Task<OneTimePasswordResult> CreateAsync(NewUser user, CancellationToken ct = default);

    /// <summary>
    /// Replaces the user's roles. Refuses no role, unknown roles, and taking OpsManager from the last enabled ops manager.
    /// </summary>
    [RequiresPolicy(Policies.ManageUsers)]
    Task<ServiceResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default);

    /// <summary>
    /// Disables (signs out at the next security check, cannot sign in) or enables a user. Refuses disabling yourself
    /// and disabling the last enabled ops manager.
    /// </summary>
    [RequiresPolicy(Policies.ManageUsers)]
    Task<ServiceResult> SetDisabledAsync(string userId, bool disabled, CancellationToken ct = default);

    /// <summary>
    /// Replaces the user's password with a generated one-time password (returned once), ends their sessions and
    /// clears a lockout.
    /// </summary>
    [RequiresPolicy(Policies.ManageUsers)]
    Task<OneTimePasswordResult> ResetPasswordAsync(string userId, CancellationToken ct = default);
}
