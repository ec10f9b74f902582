using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>Post-handoff: the introduction e-mail without a mail server, and the suggested end of sales' involvement.</summary>
public sealed class PostHandoffStepTests(SeededDatabase db) : HandoffTestBase(db), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Without_SMTP_the_email_dialog_shows_the_recipients_and_offers_copy_mailto_and_record_as_sent()
    {
        var handoff = await NewHandoffAtAsync("Introduction without SMTP", HandoffStage.PostHandoff);
        var customer = handoff.Stakeholders.Single();
        string ownerEmail;
        await using (var context = Database.CreateContext())
        {
            ownerEmail = await context.TeamMembers.Where(t => t.Id == handoff.OwnerId).Select(t => t.Email).SingleAsync();
        }

        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWizard(handoff.Id);
        Assert.NotNull(cut.Find("[data-testid=email-not-sent]"));

        cut.Find("[data-testid=open-email]").Click();

        dialogs.WaitForElement("#email-to");
        Assert.Equal($"{customer.Name} <{customer.Email}>", dialogs.Find("#email-to").GetAttribute("value") ?? dialogs.Find("#email-to").TextContent);
        Assert.Contains(ownerEmail, dialogs.Find("#email-cc").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains(handoff.AccountName, dialogs.Find("#email-subject").GetAttribute("value"), StringComparison.Ordinal);
        Assert.NotNull(dialogs.Find("[data-testid=no-smtp]"));
        Assert.Empty(dialogs.FindAll("[data-testid=email-send]"));
        Assert.NotNull(dialogs.Find("[data-testid=email-copy]"));
        var mailto = dialogs.Find("[data-testid=email-mailto]").GetAttribute("href") ?? "";
        Assert.StartsWith($"mailto:{Uri.EscapeDataString(customer.Email!)}?cc=", mailto, StringComparison.Ordinal);
        Assert.Contains("&subject=", mailto, StringComparison.Ordinal);

        dialogs.Find("[data-testid=email-record]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#email-to")));
        cut.WaitForAssertion(() => Assert.StartsWith(
            "Recorded as sent from a mail client", cut.Find("[data-testid=email-sent]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("true", cut.Find("[data-item=introduction_email]").GetAttribute("data-done"));
        var stored = await StoredAsync(handoff.Id);
        Assert.NotNull(stored.IntroductionEmailSentAt);
        Assert.False(stored.IntroductionEmailSentBySmtp);
        Assert.Empty(Mail.Sent);
    }

    [Fact]
    public async Task Sales_involvement_is_suggested_from_the_close_and_saved_only_when_the_person_saves()
    {
        var handoff = await NewHandoffAtAsync("Involvement window", HandoffStage.PostHandoff);
        var cut = RenderWizard(handoff.Id);

        var suggested = handoff.ClosedOn.AddDays(handoff.SalesInvolvementDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(suggested, cut.Find("#field-sales-involved-until").GetAttribute("value"));
        Assert.Equal("true", cut.Find("[data-item=sales_involved_30_days]").GetAttribute("data-done"));
        Assert.Equal("All changes saved", cut.Find("[data-testid=save-status]").TextContent.Trim());
        Assert.Null((await StoredAsync(handoff.Id)).SalesInvolvedUntil);

        cut.Find("[data-testid=save-draft]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved", cut.Find("[data-testid=save-status]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(handoff.ClosedOn.AddDays(handoff.SalesInvolvementDays), (await StoredAsync(handoff.Id)).SalesInvolvedUntil);
    }

    [Fact]
    public async Task A_transition_meeting_before_the_close_is_refused_under_its_field()
    {
        var handoff = await NewHandoffAtAsync("Meeting too early", HandoffStage.PostHandoff);
        var cut = RenderWizard(handoff.Id);

        cut.Find("#field-transition-meeting-date").Change("2026-01-15");
        cut.Find("[data-testid=save-draft]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "The transition meeting (15 Jan 2026) cannot be before the deal closed (2 Mar 2026).", ErrorUnder(cut, "field-transition-meeting-date")));
        Assert.Null((await StoredAsync(handoff.Id)).TransitionMeetingAt);
    }

    [Fact]
    public async Task With_SMTP_the_email_is_sent_by_the_app_to_the_people_in_the_fields()
    {
        Mail.IsConfigured = true;
        var handoff = await NewHandoffAtAsync("Introduction over SMTP", HandoffStage.PostHandoff);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWizard(handoff.Id);

        cut.Find("[data-testid=open-email]").Click();
        dialogs.WaitForElement("[data-testid=email-send]");
        Assert.Empty(dialogs.FindAll("[data-testid=email-copy]"));
        Assert.Empty(dialogs.FindAll("[data-testid=email-record]"));
        dialogs.Find("#email-subject").Input("Welcome aboard");
        dialogs.Find("[data-testid=email-send]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith(
            "Sent through the app's mail server", cut.Find("[data-testid=email-sent]").TextContent.Trim(), StringComparison.Ordinal));
        var sent = Assert.Single(Mail.Sent);
        Assert.Equal("Welcome aboard", sent.Subject);
        Assert.Equal(handoff.Stakeholders.Single().Email, Assert.Single(sent.To).Address);
        Assert.True((await StoredAsync(handoff.Id)).IntroductionEmailSentBySmtp);
    }
}
