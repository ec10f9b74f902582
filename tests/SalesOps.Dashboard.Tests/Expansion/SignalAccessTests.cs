using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Layout;
using SalesOps.Dashboard.Components.Pages.Expansion;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Expansion;

/// <summary>A viewer may look at customers but not log signals: neither the quick-add nor the account page's button shows.</summary>
public sealed class SignalAccessTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Viewer, "viewer@demo.salesops.example"), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_viewer_sees_neither_the_quick_add_nor_the_log_button()
    {
        var account = await AccountAsync(0);

        var quickAdd = Render<QuickAddSignal>();
        var button = Render<LogSignalButton>(p => p.Add(x => x.AccountId, account.Id));
        Assert.Empty(quickAdd.FindAll("[data-testid=quick-add-signal]"));
        Assert.Empty(button.FindAll("[data-testid=log-signal-button]"));
    }
}

/// <summary>The quick-add reachable anywhere, and the account page's button, as a support rep.</summary>
public sealed class QuickAddSignalTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Support, SupportEmail), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task On_an_account_page_the_quick_add_opens_the_form_for_that_account()
    {
        var account = await AccountAsync(0);
        var dialogs = Render<MudDialogProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"accounts/{account.Id}");
        var cut = Render<QuickAddSignal>();
        Assert.Equal("Log expansion signal", cut.Find("[data-testid=quick-add-signal]").GetAttribute("aria-label"));

        // Not awaited: the handler waits until the dialog it opens is closed.
        _ = cut.InvokeAsync(() => cut.Find("[data-testid=quick-add-signal]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains(account.Name, dialogs.Find("[data-testid=signal-account-context]").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("#signal-account"));
    }

    [Fact]
    public async Task The_keyboard_shortcut_elsewhere_opens_the_form_with_the_account_type_ahead()
    {
        var dialogs = Render<MudDialogProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("at-risk");
        var cut = Render<QuickAddSignal>();

        // What wwwroot/js/keyboard.js calls when Alt+Shift+E is pressed.
        _ = cut.InvokeAsync(() => cut.Instance.OpenFromShortcutAsync());

        dialogs.WaitForElement("#signal-account");
        Assert.NotEmpty(dialogs.FindAll("[data-testid=signal-account-context-empty]"));
    }

    [Fact]
    public async Task The_account_page_button_opens_the_form_for_its_account_and_closes_it_once_logged()
    {
        var account = await AccountAsync(1);
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var cut = Render<LogSignalButton>(p => p.Add(x => x.AccountId, account.Id));

        _ = cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-button]").Click());
        dialogs.WaitForElement("[data-testid=signal-account-context]");
        await cut.InvokeAsync(() => dialogs.Find("[data-trigger=asking_about_higher_tier_features]").Click());
        dialogs.Find("#signal-context").Input("Asked whether SSO comes with the Enterprise plan.");
        await cut.InvokeAsync(() => dialogs.Find("[data-testid=log-signal-submit]").Click());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=log-signal-dialog]")));
        await using var db = Database.CreateContext();
        Assert.Equal(1, db.ExpansionSignals.Count(s => s.AccountId == account.Id && s.Context == "Asked whether SSO comes with the Enterprise plan."));
    }
}
