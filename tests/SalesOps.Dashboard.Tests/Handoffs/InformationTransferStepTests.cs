using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>Information transfer: deliverables need dates, stakeholders come from the account, contacts can be added on the spot.</summary>
public sealed class InformationTransferStepTests(SeededDatabase db) : HandoffTestBase(db), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_deliverable_without_a_date_is_refused_naming_it_and_nothing_is_saved()
    {
        var handoff = await NewHandoffAtAsync("Deliverable without date", HandoffStage.InformationTransfer);
        var cut = RenderWizard(handoff.Id);
        cut.Find("#field-goals").Input("Replace spreadsheets for finance reporting");

        cut.Find("[data-testid=add-deliverable]").Click();
        cut.Find("#field-deliverable-0-description").Input("Admin training");
        cut.Find("[data-testid=save-draft]").Click();

        const string Expected = "Deliverable 'Admin training' needs a due date: when was it promised for?";
        cut.WaitForAssertion(() => Assert.Equal(Expected, cut.Find("[data-testid=wizard-problem]").TextContent.Trim()));
        Assert.Equal(Expected, ErrorUnder(cut, "field-deliverable-0-due"));
        var stored = await StoredAsync(handoff.Id);
        Assert.Empty(stored.Deliverables);
        Assert.Null(stored.GoalsAndUseCase);
        Assert.Equal(handoff.Version, stored.Version);
    }

    [Fact]
    public async Task The_stakeholder_picker_offers_only_the_accounts_contacts_and_a_foreign_contact_is_refused_by_name()
    {
        var handoff = await NewHandoffAtAsync("Stakeholders of the account", HandoffStage.InformationTransfer);
        Contact foreign;
        string foreignAccount;
        await using (var context = Database.CreateContext())
        {
            foreign = await context.Contacts.AsNoTracking().Where(c => c.AccountId != handoff.AccountId).OrderBy(c => c.Id).FirstAsync();
            foreignAccount = await context.Accounts.Where(a => a.Id == foreign.AccountId).Select(a => a.Name).SingleAsync();
        }

        var popovers = Render<MudPopoverProvider>();
        var cut = RenderWizard(handoff.Id);

        cut.Find("[data-testid=stakeholder-picker]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        var offered = popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(handoff.AccountContacts.Count, offered.Count);
        Assert.All(handoff.AccountContacts, c => Assert.Contains(offered, o => o.StartsWith(c.Name, StringComparison.Ordinal)));
        Assert.DoesNotContain(offered, o => o.StartsWith(foreign.FullName, StringComparison.Ordinal));

        // The page never offers it; were it posted anyway (a stale page, a crafted request), the service's refusal shows on the row.
        await cut.InvokeAsync(() =>
        {
            cut.Instance.State!.Draft.Stakeholders.Add(new StakeholderDraft { ContactId = foreign.Id, Role = ContactRole.Stakeholder });
            cut.Instance.State.Changed();
        });
        cut.Find("[data-testid=save-draft]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"{foreign.FullName} is a contact of {foreignAccount}, not of {handoff.AccountName}: pick one of {handoff.AccountName}'s contacts or add them.",
            cut.Find("[data-testid=stakeholder-0-error]").TextContent.Trim()));
        Assert.Empty((await StoredAsync(handoff.Id)).Stakeholders);
    }

    [Fact]
    public async Task The_add_contact_dialog_asks_for_both_names_shows_the_services_refusal_and_names_the_new_contact()
    {
        var handoff = await NewHandoffAtAsync("Contact on the spot", HandoffStage.InformationTransfer);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWizard(handoff.Id);

        cut.Find("[data-testid=add-contact]").Click();
        dialogs.WaitForElement("[data-testid=add-contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("A new contact needs a first and a last name.", dialogs.Find("[data-testid=add-contact-error]").TextContent.Trim()));
        Assert.Contains("Enter the first name.", dialogs.Markup, StringComparison.Ordinal);

        dialogs.Find("#contact-first-name").Input("Nadia");
        dialogs.Find("#contact-last-name").Input("Okafor");
        dialogs.Find("#contact-email").Input("nadia.okafor at contoso");
        dialogs.Find("[data-testid=add-contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("'nadia.okafor at contoso' is not an e-mail address.", dialogs.Find("[data-testid=add-contact-error]").TextContent.Trim()));
        await using (var context = Database.CreateContext())
        {
            Assert.False(await context.Contacts.AnyAsync(c => c.LastName == "Okafor"));
        }

        dialogs.Find("#contact-email").Input("nadia.okafor@contoso.example");
        dialogs.Find("[data-testid=add-contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=add-contact-save]")));
        cut.WaitForAssertion(() => Assert.Contains(
            cut.FindAll("[data-testid=stakeholder-row]"), r => r.TextContent.Contains("Nadia Okafor", StringComparison.Ordinal)));
        Assert.Contains(cut.Instance.State!.Contacts, c => c.Name == "Nadia Okafor" && c.Email == "nadia.okafor@contoso.example");
        await using (var context = Database.CreateContext())
        {
            Assert.Equal(handoff.AccountId, await context.Contacts.Where(c => c.LastName == "Okafor").Select(c => c.AccountId).SingleAsync());
        }
    }
}
