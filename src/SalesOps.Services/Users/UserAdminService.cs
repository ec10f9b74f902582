using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Data;
using SalesOps.Data.Identity;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Users;

/// <summary>
/// User administration through Identity's <see cref="UserManager{TUser}"/>. Each operation resolves its own
/// UserManager in a fresh DI scope: a Blazor circuit's scope lives for hours, and its context would keep serving
/// tracked, stale users (and a failed save would poison every later one).
/// </summary>
public sealed class UserAdminService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    IServiceScopeFactory scopes,
    ICurrentUser currentUser,
    TimeProvider clock) : IUserAdminService
{
    public const int MaxPageSize = 200;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly IServiceScopeFactory _scopes = scopes;
    private readonly ICurrentUser _currentUser = currentUser;
    private readonly TimeProvider _clock = clock;

    public async Task<PagedResult<UserListItem>> SearchAsync(UserQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            users = users.Where(u => (u.Email != null && u.Email.ToLower().Contains(term)) || u.DisplayName.ToLower().Contains(term));
        }

        var total = await users.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await users
            .OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip(Math.Max(0, query.Page) * pageSize)
            .Take(pageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.IsDisabled, u.LockoutEnd, u.IsDemo, u.CreatedAt, u.LastSignInAt, u.TeamMemberId,
                TeamMemberName = u.TeamMember != null ? u.TeamMember.Name : null,
            })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from link in db.UserRoles
                            join role in db.Roles on link.RoleId equals role.Id
                            where ids.Contains(link.UserId)
                            select new { link.UserId, role.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);

        var now = _clock.GetUtcNow();
        var items = rows.Select(r => new UserListItem(
                r.Id, r.Email ?? "", r.DisplayName, roles[r.Id].Order(StringComparer.Ordinal).ToList(), r.IsDisabled,
                r.LockoutEnd > now ? r.LockoutEnd : null, r.IsDemo, r.CreatedAt, r.LastSignInAt, r.TeamMemberId, r.TeamMemberName))
            .ToList();
        return new PagedResult<UserListItem>(items, total);
    }

    public async Task<OneTimePasswordResult> CreateAsync(NewUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var email = user.Email?.Trim() ?? "";
        var name = user.DisplayName?.Trim() ?? "";
        if (!IsEmail(email))
        {
            return OneTimePasswordResult.Fail($"'{email}' is not an e-mail address. Enter one such as name@company.com.");
        }

        if (name.Length == 0)
        {
            return OneTimePasswordResult.Fail("Enter the person's name.");
        }

        if (CheckRoles(user.Roles) is { } roleError)
        {
            return OneTimePasswordResult.Fail(roleError);
        }

        await using var scope = _scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return OneTimePasswordResult.Fail($"A user with the e-mail {email} already exists. Find them in the list instead.");
        }

        var normalized = email.ToUpperInvariant();
        var teamMemberId = await db.TeamMembers.Where(t => t.Email.ToUpper() == normalized).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        var account = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, TeamMemberId = teamMemberId,
            CreatedAt = _clock.GetUtcNow(),
        };
        var password = OneTimePassword.Generate();

        // User and roles together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return OneTimePasswordResult.Fail(Describe(created, $"Could not create {email}"));
        }

        var assigned = await users.AddToRolesAsync(account, user.Roles.Distinct(StringComparer.Ordinal));
        if (!assigned.Succeeded)
        {
            return OneTimePasswordResult.Fail(Describe(assigned, $"Could not give {email} its roles"));
        }

        await transaction.CommitAsync(ct);
        return new OneTimePasswordResult(true, UserId: account.Id, Password: password);
    }

    public async Task<ServiceResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (CheckRoles(roles) is { } roleError)
        {
            return ServiceResult.Fail(roleError, "roles");
        }

        await using var scope = _scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NoSuchUser();
        }

        var current = await users.GetRolesAsync(user);
        var wanted = roles.Distinct(StringComparer.Ordinal).ToList();
        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        var added = wanted.Except(current, StringComparer.Ordinal).ToList();
        if (removed.Contains(AppRoles.OpsManager, StringComparer.Ordinal) && !user.IsDisabled && await IsLastEnabledOpsManagerAsync(db, user, ct))
        {
            return ServiceResult.Fail($"{user.Email} is the last enabled ops manager; make someone else an ops manager first.", "roles");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (removed.Count > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } r)
        {
            return ServiceResult.Fail(Describe(r, $"Could not change the roles of {user.Email}"), "roles");
        }

        if (added.Count > 0 && await users.AddToRolesAsync(user, added) is { Succeeded: false } a)
        {
            return ServiceResult.Fail(Describe(a, $"Could not change the roles of {user.Email}"), "roles");
        }

        if (removed.Count > 0 || added.Count > 0)
        {
            // Role claims live in the sign-in cookie: a new stamp makes the next security check pick up the change.
            await users.UpdateSecurityStampAsync(user);
        }

        await transaction.CommitAsync(ct);
        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> SetDisabledAsync(string userId, bool disabled, CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NoSuchUser();
        }

        if (user.IsDisabled == disabled)
        {
            return ServiceResult.Ok;
        }

        if (disabled && IsCurrentUser(user))
        {
            return ServiceResult.Fail("You cannot disable yourself. Ask another ops manager.");
        }

        if (disabled && await users.IsInRoleAsync(user, AppRoles.OpsManager) && await IsLastEnabledOpsManagerAsync(db, user, ct))
        {
            return ServiceResult.Fail($"{user.Email} is the last enabled ops manager; make someone else an ops manager first.");
        }

        user.IsDisabled = disabled;
        // A new security stamp signs the user out everywhere at the next validation; one save, one audit entry.
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? ServiceResult.Ok : ServiceResult.Fail(Describe(result, $"Could not {(disabled ? "disable" : "enable")} {user.Email}"));
    }

    public async Task<OneTimePasswordResult> ResetPasswordAsync(string userId, CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var (users, _) = Resolve(scope);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return OneTimePasswordResult.Fail("There is no such user any more; reload the list.");
        }

        var password = OneTimePassword.Generate();
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                throw new InvalidOperationException($"The generated password does not meet the password rules: {Describe(valid, "")}");
            }
        }

        // Hash, lockout and stamp in one update, so the audit trail shows one change and nothing is half-done.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded
            ? new OneTimePasswordResult(true, UserId: user.Id, Password: password)
            : OneTimePasswordResult.Fail(Describe(result, $"Could not reset the password of {user.Email}"));
    }

    private static (UserManager<AppUser> Users, SalesOpsDbContext Db) Resolve(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), scope.ServiceProvider.GetRequiredService<SalesOpsDbContext>());

    private static async Task<bool> IsLastEnabledOpsManagerAsync(SalesOpsDbContext db, AppUser user, CancellationToken ct)
    {
        var others = await (from link in db.UserRoles
                            join role in db.Roles on link.RoleId equals role.Id
                            join other in db.Users on link.UserId equals other.Id
                            where role.Name == AppRoles.OpsManager && !other.IsDisabled && other.Id != user.Id
                            select other.Id).AnyAsync(ct);
        return !others;
    }

    private bool IsCurrentUser(AppUser user)
    {
        var principal = _currentUser.Principal;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = principal.Identity?.Name;
        return (id is not null && id == user.Id)
            || (name is not null && (string.Equals(name, user.UserName, StringComparison.OrdinalIgnoreCase) || string.Equals(name, user.Email, StringComparison.OrdinalIgnoreCase)));
    }

    private static string? CheckRoles(IReadOnlyCollection<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            return "Choose at least one role.";
        }

        var unknown = roles.Where(r => !AppRoles.All.Contains(r, StringComparer.Ordinal)).ToList();
        return unknown.Count == 0
            ? null
            : $"Unknown role {string.Join(", ", unknown.Select(r => $"'{r}'"))}. Choose from {string.Join(", ", AppRoles.All)}.";
    }

    private static bool IsEmail(string email)
    {
        if (email.Length is 0 or > 256 || email.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // MailAddress also accepts "Name <a@b>"; only a bare address with a dotted domain is one.
        return MailAddress.TryCreate(email, out var parsed)
            && string.Equals(parsed.Address, email, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    private static ServiceResult NoSuchUser() => ServiceResult.Fail("There is no such user any more; reload the list.");

    private static string Describe(IdentityResult result, string what) =>
        $"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}";
}
