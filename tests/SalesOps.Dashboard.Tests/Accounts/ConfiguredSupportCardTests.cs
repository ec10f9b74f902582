using System.Text.Json;
using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Tests.Accounts;

/// <summary>The support card follows the configuration in force: tier labels and SLAs, field labels, hidden fields.</summary>
public sealed class ConfiguredSupportCardTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _db;

    public ConfiguredSupportCardTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        this.AddAuthorization().SetAuthorized("viewer@demo.salesops.example").SetRoles(AppRoles.Viewer).SetPolicies(Policies.ViewCustomers);
    }

    [Fact]
    public async Task Tier_label_and_sla_field_labels_and_hidden_fields_come_from_the_configuration()
    {
        var d = CrmConfiguration.Default.Support;
        var configuration = CrmConfiguration.Default with
        {
            Support = d with
            {
                Tiers = [.. d.Tiers.Select(t => t.Tier == SupportTier.Vip ? t with { Label = "Platinum", FirstResponseHours = 2, ResolutionHours = 16 } : t)],
                Fields = [.. d.Fields.Select(f => f.Field switch
                {
                    SupportField.SupportSatisfactionScore => f with { Visible = false },
                    SupportField.EscalationHistory => f with { Label = "Escalations (all time)" },
                    _ => f,
                })],
            },
        };
        int accountId;
        await using (var db = _db.CreateContext())
        {
            db.ConfigurationVersions.Add(new CrmConfigurationVersion
            {
                Version = 1, Json = JsonSerializer.Serialize(configuration, CrmConfigurationProvider.Json), CreatedAt = SeededDatabase.Now, CreatedBy = "ops@example.test",
            });
            await db.SaveChangesAsync();
            accountId = await db.Accounts.Where(a => a.SupportTier == SupportTier.Vip).Select(a => a.Id).FirstAsync();
        }

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, accountId));

        cut.WaitForAssertion(() => Assert.Equal("Platinum", cut.Find("[data-testid=support-tier]").TextContent.Trim()));
        Assert.Equal("First response within 2 h, solved within 16 h (business hours)", cut.Find("[data-testid=support-tier-sla]").TextContent.Trim());
        Assert.True(cut.Find("[data-testid=support-csat]").ParentElement!.HasAttribute("hidden"));
        Assert.False(cut.Find("[data-testid=support-open-tickets]").ParentElement!.HasAttribute("hidden"));
        Assert.Equal("Escalations (all time)", cut.Find("[data-testid=support-escalations]").ParentElement!.QuerySelector("th")!.TextContent.Trim());
    }
}
