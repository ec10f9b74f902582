using Bunit;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Layout;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>The navigation drawer's Settings group is there for those who may change the configuration, and only for them.</summary>
public sealed class SettingsNavigationTests : MudTestBase
{
    [Fact]
    public void Ops_managers_see_the_Health_model_link_under_Settings()
    {
        this.AddAuthorization().SetAuthorized("ops@demo.salesops.example").SetRoles(AppRoles.OpsManager)
            .SetPolicies(Policies.ViewCustomers, Policies.ManageConfiguration);

        var cut = Render<NavMenu>();

        var link = Assert.Single(cut.FindAll("a[href='settings/health-model']"));
        Assert.Equal("Health model", link.TextContent.Trim());
        Assert.Contains("Settings", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_roles_do_not_see_the_Settings_group()
    {
        this.AddAuthorization().SetAuthorized("success@demo.salesops.example").SetRoles(AppRoles.Success)
            .SetPolicies(Policies.ViewCustomers, Policies.EditCustomers);

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a[href='settings/health-model']"));
        Assert.DoesNotContain("Settings", cut.Markup, StringComparison.Ordinal);
    }
}
