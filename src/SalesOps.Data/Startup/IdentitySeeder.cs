using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Data.Identity;

namespace SalesOps.Data.Startup;

/// <summary>
/// Makes sure the roles exist and somebody can sign in: on first start an ops-manager account (password from
/// configuration, or generated and printed once to the console, never logged); with demo data, one demo user per role.
/// </summary>
public sealed class IdentitySeeder(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    IOptions<AdminOptions> admin,
    IOptions<SeedOptions> seed,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger)
{
    public const string DemoDomain = "demo.salesops.example";

    /// <summary>The demo users: address, display name, role and the kind of team member they are.</summary>
    public static IReadOnlyList<(string Email, string Name, string Role, TeamRole? Member)> DemoUsers { get; } =
    [
        ($"ops@{DemoDomain}", "Olivia Ops (demo)", AppRoles.OpsManager, TeamRole.Operations),
        ($"sales@{DemoDomain}", "Sam Sales (demo)", AppRoles.Sales, TeamRole.Sales),
        ($"success@{DemoDomain}", "Casey Success (demo)", AppRoles.Success, TeamRole.Success),
        ($"support@{DemoDomain}", "Riley Support (demo)", AppRoles.Support, TeamRole.Support),
        ($"viewer@{DemoDomain}", "Vic Viewer (demo)", AppRoles.Viewer, null),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates the first ops manager when nobody can sign in yet.</summary>
    public async Task EnsureAdminAsync()
    {
        if (await users.Users.AnyAsync(u => !u.IsDemo))
        {
            return;
        }

        var options = admin.Value;
        var generated = string.IsNullOrEmpty(options.Password);
        var password = generated ? GeneratePassword() : options.Password!;
        var user = new AppUser { UserName = options.Email, Email = options.Email, EmailConfirmed = true, DisplayName = "Ops manager", CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(user, password), $"create the ops-manager account {options.Email}");
        Check(await users.AddToRoleAsync(user, AppRoles.OpsManager), "give the ops-manager account its role");
        logger.LogInformation("Created the first ops-manager account {Email}", options.Email);
        if (generated)
        {
            // Deliberately the console, not the log: the password must not end up in log files.
            Console.WriteLine();
            Console.WriteLine($"  First ops-manager account: {options.Email}");
            Console.WriteLine($"  Password (shown only this once; change it after signing in): {password}");
            Console.WriteLine();
        }
    }

    /// <summary>One demo user per role, each linked to a team member of the matching kind.</summary>
    public async Task EnsureDemoUsersAsync()
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        foreach (var (email, name, role, member) in DemoUsers)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var teamMemberId = member is { } m
                ? await db.TeamMembers.Where(t => t.Role == m).OrderBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync()
                : null;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, IsDemo = true, TeamMemberId = teamMemberId,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, seed.Value.DemoPassword), $"create demo user {email}");
            Check(await users.AddToRoleAsync(user, role), $"give demo user {email} its role");
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems(alphabet.AsSpan(), 20);
        // Identity's default rules want a digit, an upper- and a lower-case letter and a symbol.
        return $"{new string(chars)}-7aA";
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new DatabaseStartupException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
