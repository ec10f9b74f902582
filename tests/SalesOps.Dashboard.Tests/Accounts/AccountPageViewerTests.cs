using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Accounts;

/// <summary>A Viewer may see customers but not edit them: the page shows the support fields without the edit button.</summary>
public sealed class AccountPageViewerTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _db;

    public AccountPageViewerTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        this.AddAuthorization()
            .SetAuthorized("viewer@demo.salesops.example")
            .SetRoles(AppRoles.Viewer)
            .SetPolicies(Policies.ViewCustomers);
    }

    [Fact]
    public async Task Viewer_sees_the_support_fields_but_no_edit_button()
    {
        int id;
        await using (var db = _db.CreateContext())
        {
            id = await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=support-tier]").TextContent.Trim()));
        Assert.DoesNotContain(cut.FindAll("[data-testid=support-fields] button"), b => b.TextContent.Contains("Edit", StringComparison.Ordinal));
    }
}
