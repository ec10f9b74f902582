using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Expansion;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Expansion;

/// <summary>The signal form and its validation, as a support rep uses it: errors under the fields, nothing stored until it is right.</summary>
public sealed class LogSignalFormTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Support, SupportEmail), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Empty_context_shows_a_message_under_context_and_stores_nothing()
    {
        var account = await AccountAsync(0);
        var before = await SignalCountAsync(account.Id);
        var cut = RenderForm(account.Id);

        await cut.InvokeAsync(() => cut.Find("[data-trigger=need_for_more_capacity]").Click());
        await cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-submit]").Click());

        cut.WaitForAssertion(() => Assert.Equal(
            "Say what you heard or saw: the context is what the account manager acts on.", ErrorUnder(cut.Find("[data-testid=log-signal-form]"), "signal-context")));
        Assert.Equal(before, await SignalCountAsync(account.Id));
    }

    [Fact]
    public async Task Without_a_trigger_the_form_says_so_and_stores_nothing()
    {
        var account = await AccountAsync(0);
        var before = await SignalCountAsync(account.Id);
        var cut = RenderForm(account.Id);

        cut.Find("#signal-context").Input("Asked about the Enterprise plan.");
        await cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-submit]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Choose the trigger: what did the customer say or do?", cut.Find("[data-testid=signal-trigger-error]").TextContent.Trim()));
        Assert.Equal(before, await SignalCountAsync(account.Id));
    }

    [Fact]
    public async Task Oversized_customer_words_show_the_limit_under_the_field_and_store_nothing()
    {
        var account = await AccountAsync(1);
        var before = await SignalCountAsync(account.Id);
        var cut = RenderForm(account.Id);
        var words = new string('w', SignalInputValidator.MaxWordsLength + 1);

        await cut.InvokeAsync(() => cut.Find("[data-trigger=high_satisfaction]").Click());
        cut.Find("#signal-context").Input("Praised the reporting module on the call.");
        cut.Find("#signal-words").Input(words);

        var expected = $"The customer's words are {words.Length} characters long; keep them to {SignalInputValidator.MaxWordsLength}.";
        cut.WaitForAssertion(() => Assert.Equal(expected, ErrorUnder(cut.Find("[data-testid=log-signal-form]"), "signal-words")));
        await cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-submit]").Click());
        cut.WaitForAssertion(() => Assert.Equal(expected, ErrorUnder(cut.Find("[data-testid=log-signal-form]"), "signal-words")));
        Assert.Equal(before, await SignalCountAsync(account.Id));
    }

    [Fact]
    public async Task A_ticket_of_no_account_is_reported_under_the_ticket_field()
    {
        var account = await AccountAsync(1);
        var before = await SignalCountAsync(account.Id);
        var cut = RenderForm(account.Id);

        await cut.InvokeAsync(() => cut.Find("[data-trigger=premium_feature_requests]").Click());
        cut.Find("#signal-context").Input("Wants audit logs, which only the premium tier has.");
        cut.Find("#signal-ticket").Input("987654321");
        await cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-submit]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Ticket 987654321 does not exist.", ErrorUnder(cut.Find("[data-testid=log-signal-form]"), "signal-ticket")));
        Assert.Equal(before, await SignalCountAsync(account.Id));
    }

    [Fact]
    public async Task Ctrl_Enter_logs_a_valid_signal_notifies_the_account_manager_and_resets_the_form()
    {
        var rep = await LinkUserAsync(SupportEmail, TeamRole.Support);
        var account = await AccountAsync(2);
        var snackbars = Render<MudSnackbarProvider>();
        var cut = RenderForm(account.Id);
        const string context = "Their finance team wants to roll the product out to two more departments next quarter.";

        await cut.InvokeAsync(() => cut.Find("[data-trigger=need_for_more_capacity]").Click());
        cut.Find("#signal-context").Input(context);
        cut.Find("#signal-words").Input("We need another 40 seats before April.");
        await cut.InvokeAsync(() => cut.Find("[data-sentiment=Enthusiastic]").Click());
        cut.Find("#signal-arr").Input("24000");
        await cut.InvokeAsync(() => cut.Find("#signal-context").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true }));

        ExpansionSignal stored;
        await using (var db = Database.CreateContext())
        {
            stored = await WaitForAsync(() => db.ExpansionSignals.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == account.Id && s.Context == context));
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.SignalId == stored.Id && n.Link == $"/expansion/signals/{stored.Id}"));
        }

        Assert.Equal(ExpansionTrigger.NeedForMoreCapacity, stored.Trigger);
        Assert.Equal(Sentiment.Enthusiastic, stored.Sentiment);
        Assert.Equal("We need another 40 seats before April.", stored.CustomerWords);
        Assert.Equal(24_000m, stored.EstimatedArr);
        Assert.Equal(SignalSource.Logged, stored.Source);
        Assert.Equal(SignalStatus.AccountManagerNotified, stored.Status);
        Assert.Equal(rep, stored.LoggedById);

        var snackbar = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal($"Signal logged — {account.Manager} has been notified", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        snackbars.WaitForAssertion(() => Assert.Contains($"{account.Manager} has been notified", snackbars.Markup, StringComparison.Ordinal));

        // Reset for the next signal; the new one is now among the account's open signals.
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#signal-context").GetAttribute("value") ?? cut.Find("#signal-context").TextContent));
        Assert.DoesNotContain(cut.FindAll("[data-trigger]"), r => r.HasAttribute("checked"));
        cut.WaitForAssertion(() => Assert.Contains("Expressing need for more capacity", cut.Find("[data-testid=context-open-signals]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Context_panel_shows_plan_limits_with_usage_and_the_account_manager()
    {
        var account = await AccountAsync(3);
        PlanLimits limits;
        int? seatsUsed;
        string? csm;
        await using (var db = Database.CreateContext())
        {
            var a = await db.Accounts.AsNoTracking().Where(x => x.Id == account.Id).Select(x => new { x.Limits, Csm = x.Csm != null ? x.Csm.Name : null }).SingleAsync();
            limits = a.Limits;
            csm = a.Csm;
            seatsUsed = await db.UsageSnapshots.Where(u => u.AccountId == account.Id).OrderByDescending(u => u.PeriodStart).Select(u => (int?)u.SeatsUsed).FirstOrDefaultAsync();
        }

        var cut = RenderForm(account.Id);

        var panel = cut.WaitForElement("[data-testid=signal-account-context]");
        Assert.Equal(account.Manager, panel.QuerySelector("[data-testid=context-account-manager]")!.TextContent.Trim());
        Assert.Equal(csm ?? "No CSM assigned", panel.QuerySelector("[data-testid=context-csm]")!.TextContent.Trim());
        var plan = panel.QuerySelector("[data-testid=context-limits]")!.TextContent;
        Assert.NotNull(seatsUsed);
        Assert.Contains($"Seats: {seatsUsed:#,##0} of {limits.Seats:#,##0} seats used", plan, StringComparison.Ordinal);
        Assert.Contains($"of {limits.StorageGb:#,##0} GB used", plan, StringComparison.Ordinal);
        Assert.Contains($"API calls: {limits.ApiCallsPerMonth:N0} a month", plan, StringComparison.Ordinal);
        Assert.Contains($"Projects: up to {limits.Projects:N0}", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_fixed_account_the_rep_picks_it_by_type_ahead_and_sees_its_context()
    {
        var account = await AccountAsync(4);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<LogSignalForm>();
        Assert.NotEmpty(cut.FindAll("[data-testid=signal-account-context-empty]"));

        await cut.InvokeAsync(() => cut.Find("#signal-account").Input(account.Name));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var item = popovers.WaitForElement(".mud-list-item");
        await cut.InvokeAsync(() => popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(account.Name, StringComparison.Ordinal)).Click());

        cut.WaitForAssertion(() => Assert.Contains(account.Name, cut.Find("[data-testid=signal-account-context]").TextContent, StringComparison.Ordinal));
        Assert.Equal(account.Manager, cut.Find("[data-testid=context-account-manager]").TextContent.Trim());
        Assert.NotNull(item);
    }

    [Fact]
    public async Task Without_an_account_the_form_asks_for_one_and_stores_nothing()
    {
        await using var db = Database.CreateContext();
        var before = await db.ExpansionSignals.CountAsync();
        var cut = Render<LogSignalForm>();

        await cut.InvokeAsync(() => cut.Find("[data-trigger=high_satisfaction]").Click());
        cut.Find("#signal-context").Input("Loves it.");
        await cut.InvokeAsync(() => cut.Find("[data-testid=log-signal-submit]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Choose the account the signal is about.", ErrorUnder(cut.Find("[data-testid=log-signal-form]"), "signal-account")));
        Assert.Equal(before, await db.ExpansionSignals.CountAsync());
    }

    private IRenderedComponent<LogSignalForm> RenderForm(int accountId)
    {
        var cut = Render<LogSignalForm>(p => p.Add(x => x.AccountId, accountId));
        cut.WaitForElement("[data-testid=signal-account-context]");
        return cut;
    }

    private async Task<int> SignalCountAsync(int accountId)
    {
        await using var db = Database.CreateContext();
        return await db.ExpansionSignals.CountAsync(s => s.AccountId == accountId);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await read() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("Nothing was stored.");
    }
}
