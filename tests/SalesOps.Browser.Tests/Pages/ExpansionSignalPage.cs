using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/expansion/signals/{id}: what was heard, the account's context, the process steps and the account manager's next steps.</summary>
public sealed partial class ExpansionSignalPage(IPage page) : BlazorPage(page)
{
    public ILocator Title => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => Page.GetByTestId("signal-status");

    public ILocator Context => Page.GetByTestId("signal-context");

    public ILocator CustomerWords => Page.GetByTestId("signal-words");

    public ILocator Sentiment => Page.GetByTestId("signal-sentiment");

    public ILocator LoggedBy => Page.GetByTestId("signal-logged-by");

    public ILocator Success => Page.GetByTestId("signal-success");

    /// <summary>A row of the signal's facts table by its header (e.g. "Account manager"), as its value cell.</summary>
    public ILocator Fact(string name) => FactCell(Page.GetByTestId("signal-facts"), name);

    /// <summary>The account's context: health, tier, ARR, renewal, tickets, people, plan and limits, open signals.</summary>
    public ILocator AccountContext => Page.GetByTestId("signal-account-context");

    /// <summary>A row of the account context's facts by its header (e.g. "Health", "ARR", "Renewal").</summary>
    public ILocator AccountFact(string name) => FactCell(AccountContext, name);

    public ILocator Actions => Page.GetByTestId("signal-actions");

    public ILocator AcknowledgeButton => Actions.GetByRole(AriaRole.Button, new() { Name = "Acknowledge", Exact = true });

    public ILocator CreateOpportunityButton => Actions.GetByRole(AriaRole.Button, new() { Name = "Create opportunity", Exact = true });

    /// <summary>One step of the process list by its key (logged, notified, acknowledged, introduced, opportunity, dismissed).</summary>
    public ILocator Step(string key) => Page.GetByRole(AriaRole.List, new() { Name = "Process steps" }).Locator($"li[data-step='{key}']");

    public ILocator Opportunity => Page.GetByTestId("signal-opportunity");

    public ILocator OpportunityDialog => Page.GetByRole(AriaRole.Dialog).Filter(new() { Has = Page.GetByTestId("opportunity-create") });

    public ILocator OpportunityName => OpportunityDialog.GetByRole(AriaRole.Textbox, new() { Name = "Opportunity name" });

    public ILocator OpportunityAmount => OpportunityDialog.GetByLabel("Amount (ARR)");

    public ILocator ConfirmCreateOpportunity => OpportunityDialog.GetByRole(AriaRole.Button, new() { Name = "Create opportunity", Exact = true });

    public Task GotoAsync(int id) => GotoInteractiveAsync($"expansion/signals/{id.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The signal number in the current URL.</summary>
    public int Id
    {
        get
        {
            var match = UrlPattern().Match(new Uri(Page.Url).AbsolutePath);
            return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"Not a signal page: {Page.Url}");
        }
    }

    /// <summary>True for a signal page's URL.</summary>
    public static Regex UrlPattern() => SignalUrl();

    private ILocator FactCell(ILocator table, string name) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) }).GetByRole(AriaRole.Cell);

    [GeneratedRegex(@"/expansion/signals/(\d+)$")]
    private static partial Regex SignalUrl();
}
