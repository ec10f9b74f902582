using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using SalesOps.Dashboard.Components.Pages.Settings;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Health;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>Saving from the Health model page: the next version is stored and the page follows the recompute it started.</summary>
public sealed class HealthModelSaveTests : MudTestBase, IClassFixture<HealthModelDatabase>
{
    private readonly HealthModelDatabase _db;
    private readonly FakeHealthRecompute _recompute = new();
    private readonly FakeTimeProvider _clock;

    public HealthModelSaveTests(HealthModelDatabase db)
    {
        _db = db;
        _clock = db.AddServices(Services, _recompute);
    }

    [Fact]
    public async Task Saving_a_change_stores_the_next_version_and_the_page_says_health_is_being_recomputed_until_it_is_done()
    {
        _recompute.StatusAfterRequest = new HealthRecomputeStatus(true, HealthModelDatabase.Now, null, null, false);
        var cut = Render<HealthModel>();
        cut.WaitForElement("[data-testid=current-version]");

        cut.Find("#field-health-model-healthy-from").Input("80");
        cut.Find("#field-comment").Change("Tighter Healthy band");
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=save-button]").HasAttribute("disabled")));
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains("version 2", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        Assert.Contains("being recomputed", cut.Find("[data-testid=recompute-status]").TextContent, StringComparison.Ordinal);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message?.StartsWith("Saved as version 2.", StringComparison.Ordinal) == true && s.Severity == Severity.Success);
        Assert.Equal("80", cut.Find("#field-health-model-healthy-from").GetAttribute("value"));
        Assert.True(cut.Find("[data-testid=save-button]").HasAttribute("disabled"), "saved, so nothing left to save");
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
        Assert.Equal(["2", "1"], cut.FindAll("[data-testid=versions] tr[data-version]").Select(r => r.GetAttribute("data-version")));
        Assert.Equal(1, _recompute.Requests);
        await using (var db = _db.CreateContext())
        {
            var stored = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync();
            Assert.Equal((2, HealthModelDatabase.OpsEmail, "Tighter Healthy band"), (stored.Version, stored.CreatedBy, stored.Comment));
            Assert.Contains("\"HealthyFrom\": 80", stored.Json, StringComparison.Ordinal);
        }

        _recompute.Status = new HealthRecomputeStatus(false, HealthModelDatabase.Now, HealthModelDatabase.Now.AddSeconds(3), 3, false);
        _clock.Advance(TimeSpan.FromSeconds(2));

        cut.WaitForAssertion(() => Assert.Contains(
            "Health recomputed with the saved model for 3 accounts", cut.Find("[data-testid=recompute-status]").TextContent, StringComparison.Ordinal));
    }
}
