using SalesOps.Core.Security;
using SalesOps.Dashboard.Auth;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>How the identity provider's role claim values become our roles.</summary>
public sealed class OidcRoleMapTests
{
    private static OidcOptions Options() => new()
    {
        RoleMap = new(StringComparer.OrdinalIgnoreCase)
        {
            ["sales-team"] = AppRoles.Sales,
            ["cs-team"] = AppRoles.Success,
            ["everyone-sales"] = AppRoles.Sales,
            ["typo-team"] = "Salez",
        },
    };

    [Fact]
    public void Claim_values_in_the_role_map_give_the_mapped_role()
    {
        Assert.Equal([AppRoles.Sales, AppRoles.Success], Options().RolesFor(["sales-team", "CS-TEAM"]));
    }

    [Theory]
    [InlineData("Viewer", AppRoles.Viewer)]
    [InlineData("opsmanager", AppRoles.OpsManager)]
    [InlineData("SUPPORT", AppRoles.Support)]
    public void Values_that_already_are_role_names_are_accepted_whatever_their_case(string value, string role)
    {
        Assert.Equal([role], Options().RolesFor([value]));
    }

    [Fact]
    public void Unknown_values_and_mappings_to_unknown_roles_give_no_role()
    {
        Assert.Empty(Options().RolesFor(["all-staff", "typo-team", "", "Admin"]));
    }

    [Fact]
    public void A_role_reached_several_ways_is_listed_once()
    {
        Assert.Equal([AppRoles.Sales], Options().RolesFor(["sales-team", "everyone-sales", "Sales", "sales"]));
    }
}
