using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/handoffs/{id}: the handoff wizard, one step per stage (pre-handoff, information transfer, post-handoff).</summary>
public sealed partial class HandoffWizardPage(IPage page) : BlazorPage(page)
{
    public ILocator Title => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => Page.GetByTestId("handoff-status");

    public ILocator Header => Page.GetByTestId("handoff-header");

    public ILocator AccountLink => Header.GetByRole(AriaRole.Link);

    public ILocator SaveStatus => Page.GetByTestId("save-status");

    public ILocator MissingHint => Page.GetByTestId("missing-hint");

    public ILocator CompleteButton => Page.GetByTestId("complete-stage");

    public ILocator Problem => Page.GetByTestId("wizard-problem");

    public ILocator Success => Page.GetByTestId("wizard-success");

    public ILocator CompletedNotice => Page.GetByTestId("read-only-completed");

    public ILocator Steps => Page.GetByTestId("handoff-stepper");

    /// <summary>The content of the step shown, e.g. "PreHandoff" (only the active step is rendered).</summary>
    public ILocator Step(string stage) => Page.GetByTestId($"step-{stage}");

    /// <summary>A checklist item by its template key; <c>data-done</c> says whether the draft satisfies it.</summary>
    public ILocator Item(string key) => Page.Locator($"li[data-item='{key}']");

    public ILocator ItemError(string key) => Page.GetByTestId($"item-error-{key}");

    public Task GotoAsync(int id) => GotoInteractiveAsync($"handoffs/{id}");

    /// <summary>The handoff number in the current URL.</summary>
    public int Id
    {
        get
        {
            var match = IdPattern().Match(new Uri(Page.Url).AbsolutePath);
            return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"Not a handoff page: {Page.Url}");
        }
    }

    // Pre-handoff

    public ILocator CsmSelect => Page.GetByRole(AriaRole.Combobox, new() { Name = "Customer success manager", Exact = true });

    public ILocator KickoffDate => Page.Locator("#field-kickoff-date");

    public async Task TickAsync(string key) => await Item(key).GetByRole(AriaRole.Checkbox).CheckAsync();

    public async Task ChooseCsmAsync(string name)
    {
        await ChooseAsync(CsmSelect, name);
    }

    // Information transfer

    public ILocator Goals => Page.Locator("#field-goals");

    public ILocator TechnicalRequirements => Page.Locator("#field-technical-requirements");

    public ILocator SpecialTerms => Page.Locator("#field-special-terms");

    public ILocator DeliverableRows => Page.GetByTestId("deliverable-row");

    public ILocator DeliverableDescription(int index) => Page.Locator($"#field-deliverable-{index}-description");

    public ILocator DeliverableDue(int index) => Page.Locator($"#field-deliverable-{index}-due");

    public ILocator StakeholderPicker => Page.GetByRole(AriaRole.Combobox, new() { Name = "Add a stakeholder", Exact = true });

    public ILocator StakeholderRow(string name) => Page.GetByTestId("stakeholder-row").Filter(new() { HasText = name });

    public async Task AddDeliverableAsync(string description, DateOnly due)
    {
        var index = await DeliverableRows.CountAsync();
        await Page.GetByTestId("add-deliverable").ClickAsync();
        await Assertions.Expect(DeliverableRows).ToHaveCountAsync(index + 1);
        await DeliverableDescription(index).FillAsync(description);
        await SetDateAsync(DeliverableDue(index), due);
    }

    /// <summary>Names a contact of the account as a stakeholder with <paramref name="role"/>, as the decision maker.</summary>
    public async Task AddDecisionMakerAsync(string contactName, string role)
    {
        await StakeholderPicker.ClickAsync();
        await Page.GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(contactName)} ·") }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        var row = StakeholderRow(contactName);
        await Assertions.Expect(row).ToBeVisibleAsync();
        await ChooseAsync(row.GetByRole(AriaRole.Combobox, new() { Name = "Role", Exact = true }), role);
        await row.GetByRole(AriaRole.Switch, new() { Name = "Decision maker" }).CheckAsync();
    }

    // Post-handoff

    public ILocator EmailSent => Page.GetByTestId("email-sent");

    public ILocator SalesInvolvedUntil => Page.Locator("#field-sales-involved-until");

    public ILocator TransitionMeetingDate => Page.Locator("#field-transition-meeting-date");

    public ILocator NextSteps => Page.Locator("#field-next-steps");

    public ILocator EmailDialog => Page.GetByRole(AriaRole.Dialog);

    /// <summary>Opens the introduction e-mail and, the app having no mail server, records it as sent from a mail client.</summary>
    public async Task RecordIntroductionEmailAsync(string expectedRecipient)
    {
        await Page.GetByTestId("open-email").ClickAsync();
        await Assertions.Expect(EmailDialog.GetByTestId("no-smtp")).ToBeVisibleAsync();
        await Assertions.Expect(EmailDialog.Locator("#email-to")).ToHaveValueAsync(new Regex(Regex.Escape(expectedRecipient)));
        await EmailDialog.GetByRole(AriaRole.Button, new() { Name = "Record as sent", Exact = true }).ClickAsync();
        await Assertions.Expect(EmailDialog).ToBeHiddenAsync();
    }

    // Shared

    /// <summary>Types a date into an editable date picker as yyyy-mm-dd and leaves the field, which is when it is read.</summary>
    public static async Task SetDateAsync(ILocator input, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await input.FillAsync(text);
        await input.BlurAsync();
        await Assertions.Expect(input).ToHaveValueAsync(text);
    }

    /// <summary>
    /// Completes the current stage once every required item is done and the draft has settled: the wizard ignores a
    /// completion sent while its autosave is on the way, so this waits for "Saved …" as a person would see it.
    /// </summary>
    public async Task CompleteStageAsync()
    {
        await Assertions.Expect(MissingHint).ToHaveTextAsync("Every required item is done.");
        await WaitUntilSavedAsync();
        await CompleteButton.ClickAsync();
    }

    public async Task WaitUntilSavedAsync() =>
        await Assertions.Expect(SaveStatus).ToHaveTextAsync(SavedPattern());

    private async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // As in AccountPage.ChangeSupportTierAsync: the choice reaches the server through an asynchronous popover
        // close, so go on only once the select shows it.
        await Assertions.Expect(select).ToHaveValueAsync(option);
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
    }

    [GeneratedRegex(@"/handoffs/(\d+)$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(Saved \d{2}:\d{2}|All changes saved)$")]
    private static partial Regex SavedPattern();
}
