namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Bound from <c>Authentication:Oidc</c>. Company single sign-on: off unless <see cref="Enabled"/>; a claim of the
/// identity provider's token (<see cref="RoleClaim"/>) is mapped to our roles through <see cref="RoleMap"/>.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Authentication:Oidc";

    public bool Enabled { get; set; }
    public string DisplayName { get; set; } = "Company sign-in";
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Claim value → role name, e.g. "sales-team" → "Sales". Values not listed give no role.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Our roles for the given claim values: mapped values, and values that already are role names.</summary>
    public IReadOnlyList<string> RolesFor(IEnumerable<string> claimValues)
    {
        ArgumentNullException.ThrowIfNull(claimValues);
        return claimValues
            .Select(v => RoleMap.TryGetValue(v, out var mapped) ? mapped : Core.Security.AppRoles.All.FirstOrDefault(r => string.Equals(r, v, StringComparison.OrdinalIgnoreCase)))
            .Where(r => r is not null && Core.Security.AppRoles.All.Contains(r, StringComparer.Ordinal))
            .Select(r => r!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
