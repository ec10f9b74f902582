using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Dashboard.Components.Pages.Settings;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// The Health model page over a real database: it shows the version in force, refuses bad input on the field it is
/// about (and stores nothing), and previews a change. Nothing here saves successfully; see <see cref="HealthModelSaveTests"/>.
/// </summary>
public sealed class HealthModelPageTests : MudTestBase, IClassFixture<HealthModelDatabase>
{
    private readonly HealthModelDatabase _db;
    private readonly FakeHealthRecompute _recompute = new();

    public HealthModelPageTests(HealthModelDatabase db)
    {
        _db = db;
        db.AddServices(Services, _recompute);
    }

    [Fact]
    public void The_page_shows_the_version_in_force_with_its_values_and_history()
    {
        var cut = RenderLoaded();

        var version = Text(cut, "[data-testid=current-version]");
        Assert.Contains("version 1", version, StringComparison.Ordinal);
        Assert.Contains(HealthModelDatabase.OpsEmail, version, StringComparison.Ordinal);
        Assert.Contains(HealthModelDatabase.FirstComment, version, StringComparison.Ordinal);
        Assert.Equal("75", Value(cut, "health-model-healthy-from"));
        Assert.Equal("40", Value(cut, "health-model-watch-from"));
        Assert.Equal("30", Value(cut, "health-model-weights-product-adoption"));
        Assert.Equal("15", Value(cut, "health-model-weights-commercial"));
        Assert.Equal("5", Value(cut, "health-model-open-ticket-penalty"));
        Assert.Equal("15", Value(cut, "at-risk-score-drop-points"));
        Assert.Equal("40", Value(cut, "renewal-likelihood-at-risk"));
        Assert.Contains("Total 100 %", Text(cut, "[data-testid=weights-sum]"), StringComparison.Ordinal);
        Assert.Equal("Healthy ≥ 75 · Watch 40–74 · At risk < 40", Text(cut, "[data-testid=bands-text]"));
        Assert.Single(cut.FindAll("[data-testid=versions] tr[data-version='1']"));
        Assert.True(SaveButton(cut).HasAttribute("disabled"), "nothing changed, so nothing to save");
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
        Assert.Empty(cut.FindAll("[data-testid=errors-summary]"));
    }

    [Fact]
    public async Task Weights_that_do_not_add_up_to_100_are_named_Save_stays_off_and_a_save_is_refused_storing_nothing()
    {
        var cut = RenderLoaded();

        cut.Find("#field-health-model-weights-product-adoption").Input("50");

        cut.WaitForAssertion(() => Assert.Contains("Total 120 %", Text(cut, "[data-testid=weights-sum]"), StringComparison.Ordinal));
        Assert.Contains("20 too many", Text(cut, "[data-testid=weights-sum]"), StringComparison.Ordinal);
        var error = Text(cut, "[data-testid=errors-summary] li[data-error-field='health_model.weights']");
        Assert.Equal("The weights add up to 120; they must add up to 100.", error);
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=preview-button]").HasAttribute("disabled"));
        Assert.Single(cut.FindAll("[data-testid=unsaved]"));

        // Save is off; the page still refuses if asked anyway, and says so.
        await cut.InvokeAsync(() => cut.Instance.SaveAsync());
        // Called directly rather than from the (disabled) Save button, so no event handler asks for the re-render.
        cut.Render();

        cut.WaitForAssertion(() => Assert.Contains("Not saved", Text(cut, "[data-testid=errors-summary]"), StringComparison.Ordinal));
        await using var db = _db.CreateContext();
        Assert.Equal(1, await db.ConfigurationVersions.CountAsync());
        Assert.Equal(0, _recompute.Requests);
    }

    [Fact]
    public void A_Watch_threshold_at_or_above_Healthy_is_shown_on_the_Watch_field()
    {
        var cut = RenderLoaded();

        cut.Find("#field-health-model-watch-from").Input("80");

        cut.WaitForAssertion(() => Assert.Equal(
            "The Watch threshold is 80; it must be at least 1 and below the Healthy threshold (75).",
            Text(cut, "[data-field='health_model.watch_from'] .mud-input-helper-text.mud-input-error")));
        Assert.Empty(cut.FindAll("[data-field='health_model.healthy_from'] .mud-input-helper-text.mud-input-error"));
        Assert.Equal(
            "Watch from: The Watch threshold is 80; it must be at least 1 and below the Healthy threshold (75).",
            Text(cut, "[data-testid=errors-summary] li[data-error-field='health_model.watch_from']"));
        Assert.Empty(cut.FindAll("[data-testid=bands-text]"));
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void A_negative_penalty_is_shown_on_its_field_in_the_pages_words()
    {
        var cut = RenderLoaded();

        cut.Find("#field-health-model-open-ticket-penalty").Input("-5");

        cut.WaitForAssertion(() => Assert.Equal(
            "\u201cPer extra open ticket\u201d is -5; it cannot be negative.",
            Text(cut, "[data-field='health_model.open_ticket_penalty'] .mud-input-helper-text.mud-input-error")));
        Assert.Equal(
            "\u201cPer extra open ticket\u201d is -5; it cannot be negative.",
            Text(cut, "[data-testid=errors-summary] li[data-error-field='health_model.open_ticket_penalty']"));
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Preview_shows_band_counts_the_change_matrix_at_risk_and_the_accounts_that_move()
    {
        var cut = RenderLoaded();
        cut.Find("#field-health-model-watch-from").Input("55");

        cut.Find("[data-testid=preview-button]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "1 of 3 accounts would change band; 0 would get a different score.", Text(cut, "[data-testid=preview-summary]")));
        string Band(string band, string column) => Text(cut, $"[data-testid=preview-bands] tr[data-band={band}] td[data-col={column}]");
        Assert.Equal(("1", "1"), (Band("Healthy", "before"), Band("Healthy", "after")));          // Fresh 100
        Assert.Equal(("1", "0", "\u22121"), (Band("Watch", "before"), Band("Watch", "after"), Band("Watch", "change")));
        Assert.Equal(("1", "2", "+1"), (Band("AtRisk", "before"), Band("AtRisk", "after"), Band("AtRisk", "change")));
        Assert.Equal("1", Text(cut, "[data-testid=preview-matrix] tr[data-from=Watch] td[data-to=AtRisk]"));
        Assert.Equal("1", Text(cut, "[data-testid=preview-matrix] tr[data-from=Healthy] td[data-to=Healthy]"));
        Assert.Equal("\u2013", Text(cut, "[data-testid=preview-matrix] tr[data-from=Healthy] td[data-to=Watch]"));
        var atRisk = cut.FindAll("[data-testid=preview-at-risk] tr[data-row=accounts] td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "2", "+1"], atRisk);                                                      // Quiet, then Quiet and Steady
        var example = Assert.Single(cut.FindAll("[data-testid=preview-examples] tbody tr"));
        Assert.Contains("Steady", example.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 Watch", example.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 At risk, at risk", example.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=preview-stale]"));

        cut.Find("#field-health-model-watch-from").Input("45");

        cut.WaitForElement("[data-testid=preview-stale]");
    }

    [Fact]
    public async Task Reset_to_defaults_fills_in_the_defaults_without_saving_and_Discard_brings_back_the_version_in_force()
    {
        var cut = RenderLoaded();

        cut.Find("[data-testid=defaults-button]").Click();

        cut.WaitForAssertion(() => Assert.Equal("70", Value(cut, "health-model-healthy-from")));
        Assert.Single(cut.FindAll("[data-testid=unsaved]"));
        Assert.False(SaveButton(cut).HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=defaults-button]").HasAttribute("disabled"));
        await using (var db = _db.CreateContext())
        {
            Assert.Equal(1, await db.ConfigurationVersions.CountAsync());
        }

        cut.Find("[data-testid=discard-button]").Click();

        cut.WaitForAssertion(() => Assert.Equal("75", Value(cut, "health-model-healthy-from")));
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    private IRenderedComponent<HealthModel> RenderLoaded()
    {
        var cut = Render<HealthModel>();
        cut.WaitForElement("[data-testid=current-version]");
        return cut;
    }

    private static AngleSharp.Dom.IElement SaveButton(IRenderedComponent<HealthModel> cut) => cut.Find("[data-testid=save-button]");

    private static string Value(IRenderedComponent<HealthModel> cut, string field) =>
        cut.Find($"#field-{field}").GetAttribute("value") ?? "";

    private static string Text(IRenderedComponent<HealthModel> cut, string selector) =>
        string.Join(' ', cut.Find(selector).TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
