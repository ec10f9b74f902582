using System.Text.Json;
using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Pages.Settings;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>Someone else saves while the page is open: saving from it is refused rather than undoing their version.</summary>
public sealed class HealthModelConflictTests : MudTestBase, IClassFixture<HealthModelDatabase>
{
    private readonly HealthModelDatabase _db;
    private readonly FakeHealthRecompute _recompute = new();

    public HealthModelConflictTests(HealthModelDatabase db)
    {
        _db = db;
        db.AddServices(Services, _recompute);
    }

    [Fact]
    public async Task Saving_after_someone_else_saved_is_refused_and_Load_the_latest_version_shows_theirs()
    {
        var cut = Render<HealthModel>();
        cut.WaitForElement("[data-testid=current-version]");
        cut.Find("#field-health-model-healthy-from").Input("80");
        await using (var db = _db.CreateContext())
        {
            var theirs = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 72 } };
            db.ConfigurationVersions.Add(new CrmConfigurationVersion
            {
                Version = 2, Json = JsonSerializer.Serialize(theirs, CrmConfigurationProvider.Json), CreatedAt = HealthModelDatabase.Now,
                CreatedBy = "dana@example.test", Comment = "Dana's change",
            });
            await db.SaveChangesAsync();
        }

        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains(
            "Version 2 was saved by dana@example.test", cut.Find("[data-testid=errors-summary]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Not saved", cut.Find("[data-testid=errors-summary]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, _recompute.Requests);
        await using (var db = _db.CreateContext())
        {
            Assert.Equal(2, await db.ConfigurationVersions.CountAsync());
        }

        cut.Find("[data-testid=load-latest]").Click();

        cut.WaitForAssertion(() => Assert.Equal("72", cut.Find("#field-health-model-healthy-from").GetAttribute("value")));
        Assert.Contains("version 2", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=errors-summary]"));
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
    }
}
