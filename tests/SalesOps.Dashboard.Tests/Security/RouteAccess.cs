using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using SalesOps.Core.Security;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>
/// Who may reach a page or endpoint according to its authorization metadata: [AllowAnonymous] admits everyone,
/// [Authorize(Policy = P)] the roles of <see cref="Policies.Roles"/>[P] (every [Authorize] must pass), and no metadata
/// falls back to "any signed-in role" (the app's fallback policy).
/// </summary>
public sealed record RouteAccess(bool Anonymous, IReadOnlyList<string> Roles, string Rule)
{
    public static RouteAccess From(IEnumerable<object> metadata)
    {
        var items = metadata.ToList();
        if (items.OfType<IAllowAnonymous>().Any())
        {
            return new RouteAccess(true, AppRoles.All, "[AllowAnonymous]");
        }

        var roles = AppRoles.All.AsEnumerable();
        var rules = new List<string>();
        foreach (var authorize in items.OfType<IAuthorizeData>())
        {
            if (authorize.Policy is { } policy)
            {
                Assert.True(Policies.Roles.ContainsKey(policy), $"Unknown policy '{policy}': add it to Policies.Roles.");
                roles = roles.Intersect(Policies.Roles[policy]);
                rules.Add($"Policy={policy}");
            }

            if (!string.IsNullOrEmpty(authorize.Roles))
            {
                roles = roles.Intersect(authorize.Roles.Split(',', StringSplitOptions.TrimEntries));
                rules.Add($"Roles={authorize.Roles}");
            }
        }

        return new RouteAccess(false, roles.ToList(), rules.Count == 0 ? "signed in (fallback)" : string.Join(" & ", rules));
    }

    public static RouteAccess For(Type page) => From(page.GetCustomAttributes(inherit: true));

    public bool Allows(string? role) => role is null ? Anonymous : Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>True when the type states its rule itself ([Authorize] or [AllowAnonymous]) rather than relying on the fallback.</summary>
    public static bool IsDeclared(Type page) =>
        page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any() || page.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any();
}
