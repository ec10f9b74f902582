using Bunit;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Expansion;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Expansion;

/// <summary>The signal page as the account manager works it: introduce, create the opportunity, or dismiss with a reason.</summary>
public sealed class SignalDetailTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Sales, SalesEmail), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Dismissing_needs_a_reason_and_then_records_it()
    {
        var account = await AccountAsync(0);
        var signal = await LogSignalAsync(account.Id, "Mentioned a second team might want it.");
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderDetail(signal.Id);

        // Not awaited: the handler waits until the dialog it opens is closed.
        _ = cut.InvokeAsync(() => cut.Find("[data-testid=signal-dismiss]").Click());
        dialogs.WaitForElement("#dismiss-reason");
        await cut.InvokeAsync(() => dialogs.Find("[data-testid=dismiss-confirm]").Click());

        dialogs.WaitForAssertion(() => Assert.Equal("Say why the signal is dismissed, so the rep who logged it learns from it.",
            ErrorUnder(dialogs.Find("[data-testid=dismiss-dialog]"), "dismiss-reason")));
        Assert.True((await StoredAsync(signal.Id)).IsOpen);

        dialogs.Find("#dismiss-reason").Input("They just renewed with a discount; revisit in Q3.");
        await cut.InvokeAsync(() => dialogs.Find("[data-testid=dismiss-confirm]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Dismissed", cut.Find("[data-testid=signal-status]").TextContent.Trim()));
        Assert.Equal("Reason: They just renewed with a discount; revisit in Q3.", cut.Find("[data-testid=dismissed-reason]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=signal-actions]"));
        var stored = await StoredAsync(signal.Id);
        Assert.Equal(SignalStatus.Dismissed, stored.Status);
        Assert.Equal("They just renewed with a discount; revisit in Q3.", stored.DismissedReason);
    }

    [Fact]
    public async Task Creating_the_opportunity_prefills_it_from_the_signal_and_links_the_deal()
    {
        var account = await AccountAsync(1);
        var signal = await LogSignalAsync(account.Id, "Needs 40 more seats for the new office.", estimatedArr: 18_000m);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderDetail(signal.Id);

        _ = cut.InvokeAsync(() => cut.Find("[data-testid=signal-create-opportunity]").Click());
        dialogs.WaitForElement("#opportunity-name");
        Assert.Equal($"{account.Name} - Expressing need for more capacity", dialogs.Find("#opportunity-name").GetAttribute("value"));
        Assert.Equal("18000", dialogs.Find("#opportunity-amount").GetAttribute("value"));
        await cut.InvokeAsync(() => dialogs.Find("[data-testid=opportunity-create]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Opportunity created", cut.Find("[data-testid=signal-status]").TextContent.Trim()));
        var stored = await StoredAsync(signal.Id);
        var deal = Assert.IsType<Opportunity>(stored.Opportunity);
        Assert.Equal(SignalStatus.OpportunityCreated, stored.Status);
        Assert.Equal(account.Id, deal.AccountId);
        Assert.Equal(OpportunityType.Expansion, deal.Type);
        Assert.Equal(18_000m, deal.Amount);
        Assert.Equal($"{account.Name} - Expressing need for more capacity", deal.Name);
        var linked = cut.Find("[data-testid=signal-opportunity]");
        Assert.StartsWith(deal.Name, linked.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"accounts/{account.Id}", linked.QuerySelector("[data-testid=signal-opportunity-link]")!.GetAttribute("href"));
        Assert.Equal("true", cut.Find("[data-step=opportunity]").GetAttribute("data-done"));
    }

    [Fact]
    public async Task The_warm_introduction_is_drafted_from_the_signal_and_recorded()
    {
        var account = await AccountAsync(2);
        var signal = await LogSignalAsync(account.Id, "Asked about the analytics add-on for their sales team.");
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderDetail(signal.Id);
        Assert.Equal("false", cut.Find("[data-step=introduced]").GetAttribute("data-done"));

        _ = cut.InvokeAsync(() => cut.Find("[data-testid=signal-introduce]").Click());
        dialogs.WaitForElement("#intro-body");
        Assert.Contains("Asked about the analytics add-on for their sales team.", dialogs.Find("#intro-body").TextContent + dialogs.Find("#intro-body").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains(account.Manager, dialogs.Find("#intro-cc").GetAttribute("value"), StringComparison.Ordinal);
        await cut.InvokeAsync(() => dialogs.Find("#intro-body").Input("Ada, meet Olive: she looks after your account and can walk you through the add-on."));
        await cut.InvokeAsync(() => dialogs.Find("[data-testid=intro-record]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Warm introduction made", cut.Find("[data-testid=signal-status]").TextContent.Trim()));
        Assert.Equal("true", cut.Find("[data-step=introduced]").GetAttribute("data-done"));
        var stored = await StoredAsync(signal.Id);
        Assert.Equal(SignalStatus.WarmIntroduction, stored.Status);
        // What was sent is kept with the signal, as edited, and shown in its timeline.
        Assert.EndsWith("\n\nAda, meet Olive: she looks after your account and can walk you through the add-on.", stored.Introduction, StringComparison.Ordinal);
        Assert.Contains($"Cc: ", stored.Introduction, StringComparison.Ordinal);
        Assert.Contains("Ada, meet Olive", cut.Find("[data-testid=introduction]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_reported_with_a_reload_instead_of_overwritten()
    {
        var account = await AccountAsync(3);
        var signal = await LogSignalAsync(account.Id, "Praised the new dashboards.");
        var cut = RenderDetail(signal.Id);
        Assert.True((await Arrange(AppRoles.Sales, SalesEmail).AcknowledgeAsync(signal.Id, signal.Version)).Succeeded);

        await cut.InvokeAsync(() => cut.Find("[data-testid=signal-acknowledge]").Click());

        cut.WaitForAssertion(() => Assert.Contains("Someone else changed this signal", cut.Find("[data-testid=conflict-alert]").TextContent, StringComparison.Ordinal));
        await cut.InvokeAsync(() => cut.Find("[data-testid=reload]").Click());
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=conflict-alert]")));
        Assert.Equal("true", cut.Find("[data-step=acknowledged]").GetAttribute("data-done"));
        Assert.Empty(cut.FindAll("[data-testid=signal-acknowledge]"));
    }

    private IRenderedComponent<SignalDetail> RenderDetail(int id)
    {
        var cut = Render<SignalDetail>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("[data-testid=signal-actions]");
        return cut;
    }
}

/// <summary>People who may log but not work signals see the signal without its actions.</summary>
public sealed class SignalDetailReadOnlyTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Support, SupportEmail), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_support_rep_sees_the_signal_and_its_process_but_no_actions()
    {
        var account = await AccountAsync(0);
        var signal = await LogSignalAsync(account.Id, "Wants the premium API limits.");

        var cut = Render<SignalDetail>(p => p.Add(x => x.Id, signal.Id));

        cut.WaitForAssertion(() => Assert.Equal("Wants the premium API limits.", cut.Find("[data-testid=signal-context]").TextContent.Trim()));
        Assert.Equal("true", cut.Find("[data-step=notified]").GetAttribute("data-done"));
        Assert.Equal("false", cut.Find("[data-step=acknowledged]").GetAttribute("data-done"));
        Assert.Empty(cut.FindAll("[data-testid=signal-actions]"));
        Assert.Empty(cut.FindAll("button[data-testid^=signal-]"));
    }
}
