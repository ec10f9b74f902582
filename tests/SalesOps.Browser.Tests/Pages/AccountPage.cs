using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/accounts/{id}: key facts, the Support card and the tabs.</summary>
public sealed partial class AccountPage(IPage page) : BlazorPage(page)
{
    /// <summary>The data-testid of each row of the Support card, in display order.</summary>
    public static readonly IReadOnlyList<string> SupportFieldIds =
    [
        "support-tier", "support-primary-contact", "support-csat", "support-open-tickets", "support-last-interaction", "support-escalations",
    ];

    public ILocator Title => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator SupportCard => Page.GetByTestId("support-fields");

    public ILocator SupportField(string testId) => SupportCard.GetByTestId(testId);

    public ILocator SupportTier => SupportField("support-tier");

    public ILocator EditButton => SupportCard.GetByRole(AriaRole.Button, new() { Name = "Edit tier and contact" });

    public ILocator SaveButton => SupportCard.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    /// <summary>"Log expansion signal" in the page header (the app bar's quick-add has the same name).</summary>
    public ILocator LogSignalButton => Page.GetByTestId("log-signal-button");

    public ILocator Snackbar(Regex text) => Page.Locator("#mud-snackbar-container").GetByText(text);

    public ILocator Tab(string name) => Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex($"^{Regex.Escape(name)}( \\(\\d+\\))?$") });

    /// <summary>The open tab's panel (closed panels are not rendered).</summary>
    public ILocator OpenPanel => Page.GetByRole(AriaRole.Tabpanel);

    public ILocator PanelRows => OpenPanel.Locator("tbody").GetByRole(AriaRole.Row);

    public ILocator UsageChart => OpenPanel.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Weekly usage of ") });

    public ILocator UsageTableToggle => OpenPanel.GetByText("Show data as a table");

    public ILocator UsageTable => OpenPanel.GetByRole(AriaRole.Table);

    public Task GotoAsync(int id) => GotoInteractiveAsync($"accounts/{id}");

    /// <summary>The account number in the current URL.</summary>
    public int Id
    {
        get
        {
            var match = IdPattern().Match(new Uri(Page.Url).AbsolutePath);
            return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"Not an account page: {Page.Url}");
        }
    }

    public async Task OpenTabAsync(string name)
    {
        var tab = Tab(name);
        await tab.ClickAsync();
        await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>The number a tab shows in brackets, e.g. 3 for "Tickets (3)".</summary>
    public async Task<int> TabCountAsync(string name)
    {
        var match = TabCountPattern().Match(await Tab(name).InnerTextAsync());
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"Tab '{name}' shows no count.");
    }

    /// <summary>Waits until Chart.js has a chart on the usage canvas, with a size, datasets and painted pixels.</summary>
    public async Task WaitForUsageChartDrawnAsync()
    {
        await Assertions.Expect(UsageChart).ToBeVisibleAsync();
        var canvas = await UsageChart.ElementHandleAsync();
        await Page.WaitForFunctionAsync(
            """
            canvas => {
                const chart = globalThis.Chart && Chart.getChart(canvas);
                if (!chart || canvas.width === 0 || canvas.height === 0 || chart.data.datasets.length === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
                return false;
            }
            """,
            canvas);
    }

    public async Task ChangeSupportTierAsync(string tier)
    {
        await EditButton.ClickAsync();
        var select = SupportCard.GetByRole(AriaRole.Combobox, new() { Name = "Support tier", Exact = true });
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = tier, Exact = true }).ClickAsync();
        // Save only once the select shows the choice, as a person would: the option's click reaches the server
        // through an asynchronous popover close, and a Save dispatched meanwhile would save the old tier.
        await Assertions.Expect(select).ToHaveValueAsync(tier);
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await SaveButton.ClickAsync();
    }

    /// <summary>
    /// Waits until the Support card shows its last interaction in the browser's time zone (no "UTC" after it). Just
    /// after the page becomes interactive the layout learns the zone and re-renders the page, which reloads it and
    /// puts the tabs back on the first one, undoing a click made before. Needs an account with tickets.
    /// </summary>
    public async Task WaitForBrowserTimeAsync() =>
        await Assertions.Expect(SupportField("support-last-interaction")).ToHaveTextAsync(LocalDateTimePattern());

    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$")]
    private static partial Regex LocalDateTimePattern();

    [GeneratedRegex(@"/accounts/(\d+)$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\((\d+)\)$")]
    private static partial Regex TabCountPattern();
}
