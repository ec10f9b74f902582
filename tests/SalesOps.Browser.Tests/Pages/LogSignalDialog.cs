using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The "Log an expansion signal" dialog (account page button or quick-add): the form and, beside it, the account's context.</summary>
public sealed class LogSignalDialog(IPage page)
{
    public const string Title = "Log an expansion signal";

    public IPage Page { get; } = page;

    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog).Filter(new() { Has = Page.GetByTestId("log-signal-form") });

    /// <summary>A trigger radio button by the label the rep reads (e.g. "Expressing need for more capacity").</summary>
    public ILocator Trigger(string label) => Dialog.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    public ILocator TriggerError => Dialog.GetByTestId("signal-trigger-error");

    public ILocator Context => Dialog.GetByRole(AriaRole.Textbox, new() { Name = "Context: what you heard or saw" });

    public ILocator CustomerWords => Dialog.GetByRole(AriaRole.Textbox, new() { Name = "The customer's own words (optional)" });

    public ILocator Sentiment(string name) => Dialog.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });

    public ILocator EstimatedArr => Dialog.GetByLabel("Estimated size, ARR (optional)");

    public ILocator SubmitButton => Dialog.GetByRole(AriaRole.Button, new() { Name = "Log signal", Exact = true });

    /// <summary>The account's context beside the form.</summary>
    public ILocator AccountContext => Dialog.GetByTestId("signal-account-context");

    public ILocator ContextAccountManager => AccountContext.GetByTestId("context-account-manager");

    /// <summary>The helper line under a text field when it is in error: the message, and the character counter if it has one.</summary>
    public static ILocator ErrorUnder(ILocator input) =>
        input.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' mud-input-control ')][1]")
            .Locator(".mud-input-helper-text.mud-input-error");
}
