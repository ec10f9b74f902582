using Bunit;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Layout;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>The Handoff templates page is listed under Settings for those who may change the configuration, and only for them.</summary>
public sealed class HandoffTemplatesNavigationTests : MudTestBase
{
    [Fact]
    public void Ops_managers_see_the_Handoff_templates_link_under_Settings()
    {
        this.AddAuthorization().SetAuthorized("ops@demo.salesops.example").SetRoles(AppRoles.OpsManager)
            .SetPolicies(Policies.ViewCustomers, Policies.ManageConfiguration);

        var cut = Render<NavMenu>();

        Assert.Equal("Handoff templates", Assert.Single(cut.FindAll("a[href='settings/handoffs']")).TextContent.Trim());
    }

    [Fact]
    public void Sales_do_not_see_the_Handoff_templates_link()
    {
        this.AddAuthorization().SetAuthorized("sales@demo.salesops.example").SetRoles(AppRoles.Sales)
            .SetPolicies(Policies.ViewCustomers, Policies.EditDeals);

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a[href='settings/handoffs']"));
    }
}
