using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Security;
using SalesOps.Data.Auditing;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>Handoffs on a real database: automatic start, drafts, gating, validation, concurrency, audit, e-mail.</summary>
public sealed class HandoffServiceTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;
    private readonly HandoffTestServices _services = new(fixture.Database);

    private static HandoffInput InputOf(HandoffDetails h) => new()
    {
        CsmId = h.CsmId, KickoffAt = h.KickoffAt, GoalsAndUseCase = h.GoalsAndUseCase, TechnicalRequirements = h.TechnicalRequirements,
        SpecialTerms = h.SpecialTerms, NextSteps = h.NextSteps, TransitionMeetingAt = h.TransitionMeetingAt, SalesInvolvedUntil = h.SalesInvolvedUntil,
        Deliverables = [.. h.Deliverables.Select(d => new DeliverableInput(d.Id, d.Description, d.DueDate, d.DeliveredAt is not null))],
        Stakeholders = [.. h.Stakeholders.Select(s => new StakeholderInput(s.ContactId, s.Role, s.IsDecisionMaker))],
        Items = h.Items.Where(i => !i.Bound).ToDictionary(i => i.Key, i => new ItemInput(i.Done, i.Value)),
    };

    private static HandoffInput Tick(HandoffInput input, string key) =>
        input with { Items = new Dictionary<string, ItemInput>(input.Items) { [key] = new(true) } };

    [Fact]
    public async Task Closing_a_deal_won_starts_exactly_one_handoff_for_the_owner_and_the_accounts_csm_and_tells_them()
    {
        var (deal, account) = await _services.OpenDealAsync("Won once");

        var first = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);
        var again = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);

        Assert.True(first.Succeeded, first.Error);
        Assert.NotNull(first.HandoffId);
        Assert.True(again.Succeeded);
        Assert.Equal(first.HandoffId, again.HandoffId);
        await using var db = _database.CreateContext();
        var handoff = await db.Handoffs.Include(h => h.Items).SingleAsync(h => h.OpportunityId == deal.Id);
        Assert.Equal(deal.OwnerId, handoff.OwnerId);
        Assert.Equal(account.CsmId, handoff.CsmId);
        Assert.Equal(HandoffStage.PreHandoff, handoff.Stage);
        Assert.Equal(DefaultHandoffTemplate.Items.Count, handoff.Items.Count);
        Assert.True(handoff.Items.Single(i => i.Key == "deal_closed").IsDone);
        Assert.True(handoff.Items.Single(i => i.Key == "csm_assigned").IsDone);
        Assert.False(handoff.Items.Single(i => i.Key == "contract_signed").IsDone);
        var notified = await db.Notifications.Where(n => n.HandoffId == handoff.Id).Select(n => n.RecipientId).OrderBy(r => r).ToListAsync();
        Assert.Equal(new[] { account.CsmId!.Value, deal.OwnerId!.Value }.Distinct().Order(), notified);
        var history = await db.OpportunityStageChanges.Where(c => c.OpportunityId == deal.Id).ToListAsync();
        Assert.Equal(OpportunityStage.ClosedWon, Assert.Single(history).ToStage);
    }

    [Fact]
    public async Task A_won_renewal_starts_no_handoff_and_a_closed_deal_cannot_move()
    {
        var (deal, _) = await _services.OpenDealAsync("Renewal 2027", OpportunityType.Renewal);

        var won = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);
        await using var db = _database.CreateContext();
        var version = await db.Opportunities.Where(o => o.Id == deal.Id).Select(o => o.Version).SingleAsync();
        var reopened = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.Negotiation, version);

        Assert.True(won.Succeeded);
        Assert.Null(won.HandoffId);
        Assert.False(await db.Handoffs.AnyAsync(h => h.OpportunityId == deal.Id));
        Assert.False(reopened.Succeeded);
        Assert.Contains("already closed", reopened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_a_stage_with_required_items_missing_is_refused_naming_them_and_saves_nothing()
    {
        var h = await _services.WonHandoffAsync("Gated");
        var input = InputOf(h) with { GoalsAndUseCase = "Draft that must not be saved" };

        var result = await _services.Handoffs().CompleteStageAsync(h.Id, input, h.Version);

        Assert.Equal(HandoffOutcome.Invalid, result.Outcome);
        Assert.Contains("Contract signed and processed", result.Message, StringComparison.Ordinal);
        Assert.Contains("Onboarding kickoff scheduled", result.Message, StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Field == "items.kickoff_scheduled" && e.Message.Contains("kickoff date", StringComparison.Ordinal));
        var stored = (await _services.Handoffs().GetAsync(h.Id))!;
        Assert.Equal(h.Version, stored.Version);
        Assert.Null(stored.GoalsAndUseCase);
        Assert.Equal(HandoffStage.PreHandoff, stored.Stage);
    }

    [Fact]
    public async Task Stages_advance_once_their_required_items_are_done_and_the_draft_resumes_where_it_was_left()
    {
        var h = await _services.WonHandoffAsync("Guided");
        var pre = Tick(InputOf(h), "contract_signed") with { KickoffAt = _database.Clock.GetUtcNow().AddDays(3) };

        var afterPre = await _services.Handoffs().CompleteStageAsync(h.Id, pre, h.Version);

        Assert.True(afterPre.Succeeded, afterPre.Message);
        Assert.Equal(HandoffStage.InformationTransfer, afterPre.Handoff!.Stage);
        var contacts = afterPre.Handoff.AccountContacts;
        var draft = InputOf(afterPre.Handoff) with
        {
            GoalsAndUseCase = "Shorten month-end close",
            Deliverables = [new DeliverableInput(null, "SSO configured", DateOnly.FromDateTime(_database.Clock.GetUtcNow().UtcDateTime).AddDays(20))],
            Stakeholders = [new StakeholderInput(contacts[0].Id, ContactRole.DecisionMaker, true)],
        };
        var saved = await _services.Handoffs().SaveAsync(h.Id, draft, afterPre.Handoff.Version);
        Assert.True(saved.Succeeded, saved.Message);

        var resumed = (await _services.Handoffs().GetAsync(h.Id))!;
        Assert.Equal("Shorten month-end close", resumed.GoalsAndUseCase);
        Assert.Equal("SSO configured", Assert.Single(resumed.Deliverables).Description);
        Assert.Equal(["Technical requirements"], resumed.MissingForStage);
        Assert.True(resumed.Items.Single(i => i.Key == "promised_deliverables").Done);
    }

    [Fact]
    public async Task Completing_pre_handoff_makes_its_csm_the_accounts_when_the_account_had_none_and_keeps_an_existing_one()
    {
        var h = await _services.WonHandoffAsync("Csm takes over");
        int other;
        await using (var db = _database.CreateContext())
        {
            other = await db.TeamMembers.Where(t => t.Role == TeamRole.Success && t.IsActive && t.Id != h.CsmId).Select(t => t.Id).FirstAsync();
            await db.Accounts.Where(a => a.Id == h.AccountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.CsmId, (int?)null));
        }

        var pre = Tick(InputOf(h), "contract_signed") with { CsmId = other, KickoffAt = _database.Clock.GetUtcNow().AddDays(3) };
        var saved = await _services.Handoffs().SaveAsync(h.Id, pre, h.Version);
        Assert.True(saved.Succeeded, saved.Message);
        await using (var db = _database.CreateContext())
        {
            // A draft assigns nobody yet: the account gets its CSM when the stage that names them is complete.
            Assert.Null(await db.Accounts.Where(a => a.Id == h.AccountId).Select(a => a.CsmId).SingleAsync());
        }

        var done = await _services.Handoffs().CompleteStageAsync(h.Id, pre, saved.Handoff!.Version);

        Assert.True(done.Succeeded, done.Message);
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(other, await db.Accounts.Where(a => a.Id == h.AccountId).Select(a => a.CsmId).SingleAsync());
        }

        // The next won deal on the same account names yet another CSM: the account keeps the one it has.
        var next = await _services.WonHandoffAsync("Csm stays");
        Assert.Equal(h.AccountId, next.AccountId);
        Assert.Equal(other, next.CsmId);
        int third;
        await using (var db = _database.CreateContext())
        {
            third = await db.TeamMembers.Where(t => t.Role == TeamRole.Success && t.IsActive && t.Id != other).Select(t => t.Id).FirstAsync();
        }

        var nextPre = Tick(InputOf(next), "contract_signed") with { CsmId = third, KickoffAt = _database.Clock.GetUtcNow().AddDays(3) };
        Assert.True((await _services.Handoffs().CompleteStageAsync(next.Id, nextPre, next.Version)).Succeeded);
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(other, await db.Accounts.Where(a => a.Id == h.AccountId).Select(a => a.CsmId).SingleAsync());
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_with_each_field_named_and_nothing_saved()
    {
        var h = await _services.WonHandoffAsync("Bad input");
        int otherContact;
        string otherAccount;
        await using (var db = _database.CreateContext())
        {
            var other = await db.Contacts.Where(c => c.AccountId != h.AccountId).OrderBy(c => c.Id).Select(c => new { c.Id, Account = c.Account!.Name }).FirstAsync();
            otherContact = other.Id;
            otherAccount = other.Account;
        }

        var input = InputOf(h) with
        {
            KickoffAt = h.ClosedWonAt.AddDays(-2),
            Deliverables = [new DeliverableInput(null, "Data migration", null)],
            Stakeholders = [new StakeholderInput(otherContact, ContactRole.Champion, false)],
        };

        var result = await _services.Handoffs().SaveAsync(h.Id, input, h.Version);

        Assert.Equal(HandoffOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "kickoff" && e.Message.Contains("cannot be before the deal closed", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "deliverables[0].due_date" && e.Message.Contains("'Data migration' needs a due date", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "stakeholders[0]" && e.Message.Contains(otherAccount, StringComparison.Ordinal));
        var stored = (await _services.Handoffs().GetAsync(h.Id))!;
        Assert.Equal(h.Version, stored.Version);
        Assert.Null(stored.KickoffAt);
        Assert.Empty(stored.Deliverables);
    }

    [Fact]
    public async Task Two_people_saving_the_same_version_the_second_gets_a_conflict_naming_the_first_and_nothing_of_theirs_is_saved()
    {
        var h = await _services.WonHandoffAsync("Two editors");
        HandoffResult first;
        using (AuditActor.Begin("casey@example.test"))
        {
            first = await _services.Handoffs("casey@example.test").SaveAsync(h.Id, InputOf(h) with { GoalsAndUseCase = "Casey's goals" }, h.Version);
        }

        var second = await _services.Handoffs().SaveAsync(h.Id, InputOf(h) with { GoalsAndUseCase = "Sam's goals" }, h.Version);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(HandoffOutcome.Conflict, second.Outcome);
        Assert.Contains("casey@example.test saved this handoff while you were editing", second.Message, StringComparison.Ordinal);
        Assert.Equal("Casey's goals", (await _services.Handoffs().GetAsync(h.Id))!.GoalsAndUseCase);
    }

    [Fact]
    public async Task Ticking_and_unticking_an_item_and_changing_a_field_are_each_recorded_with_who()
    {
        var h = await _services.WonHandoffAsync("Audited");
        HandoffResult ticked, unticked;
        using (AuditActor.Begin("sales@example.test"))
        {
            ticked = await _services.Handoffs().SaveAsync(h.Id, Tick(InputOf(h), "contract_signed") with { TechnicalRequirements = "SCIM" }, h.Version);
        }

        using (AuditActor.Begin("casey@example.test"))
        {
            var input = InputOf(ticked.Handoff!);
            unticked = await _services.Handoffs().SaveAsync(h.Id,
                input with { Items = new Dictionary<string, ItemInput>(input.Items) { ["contract_signed"] = new(false) } }, ticked.Handoff!.Version);
        }

        Assert.True(unticked.Succeeded, unticked.Message);
        await using var db = _database.CreateContext();
        var itemId = (await db.HandoffItems.SingleAsync(i => i.HandoffId == h.Id && i.Key == "contract_signed")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var itemAudit = await db.AuditEntries.Where(a => a.EntityType == "HandoffItem" && a.EntityId == itemId && a.Action == AuditAction.Modified)
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["sales@example.test", "casey@example.test"], itemAudit.Select(a => a.UserName));
        Assert.All(itemAudit, a => Assert.Contains("CompletedAt", a.Changes, StringComparison.Ordinal));
        var handoffId = h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "Handoff" && a.EntityId == handoffId).ToListAsync(),
            a => a.UserName == "sales@example.test" && a.Changes.Contains("TechnicalRequirements", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_introduction_email_goes_to_the_stakeholders_copying_sales_and_the_csm_and_is_recorded()
    {
        var h = await _services.WonHandoffAsync("Intro mail");
        var withPeople = InputOf(h) with
        {
            GoalsAndUseCase = "One view of every customer",
            Stakeholders = [.. h.AccountContacts.Where(c => c.Email is not null).Take(2).Select((c, i) => new StakeholderInput(c.Id, c.Role, i == 0))],
        };
        var saved = await _services.Handoffs().SaveAsync(h.Id, withPeople, h.Version);
        Assert.True(saved.Succeeded, saved.Message);

        var (draft, canSend) = (await _services.Handoffs().GetIntroductionEmailAsync(h.Id))!.Value;
        var sent = await _services.Handoffs().RecordIntroductionEmailAsync(h.Id, draft, sendNow: true, saved.Handoff!.Version);

        Assert.True(canSend);
        Assert.Equal(2, draft.To.Count);
        Assert.Contains(draft.Cc, r => r.Name == h.OwnerName);
        Assert.Contains(draft.Cc, r => r.Name == h.CsmName);
        Assert.Contains("One view of every customer", draft.Body, StringComparison.Ordinal);
        Assert.True(sent.Succeeded, sent.Message);
        var mail = Assert.Single(_services.Mail.Sent);
        Assert.Equal(draft.Subject, mail.Subject);
        Assert.NotNull(sent.Handoff!.IntroductionEmailSentAt);
        Assert.True(sent.Handoff.IntroductionEmailSentBySmtp);
        Assert.True(sent.Handoff.Items.Single(i => i.Key == "introduction_email").Done);
    }

    [Fact]
    public async Task Without_a_mail_server_sending_is_refused_but_recording_a_manual_send_works()
    {
        var h = await _services.WonHandoffAsync("Manual mail");
        _services.Mail.IsConfigured = false;
        var draft = new IntroductionEmailDraft([new("Ana Ruiz", "ana@customer.example")], [], "Welcome", "Hello Ana");

        var refused = await _services.Handoffs().RecordIntroductionEmailAsync(h.Id, draft, sendNow: true, h.Version);
        var recorded = await _services.Handoffs().RecordIntroductionEmailAsync(h.Id, draft, sendNow: false, h.Version);

        Assert.Equal(HandoffOutcome.Invalid, refused.Outcome);
        Assert.Contains("no mail server", refused.Message, StringComparison.Ordinal);
        Assert.True(recorded.Succeeded, recorded.Message);
        Assert.False(recorded.Handoff!.IntroductionEmailSentBySmtp);
        Assert.Empty(_services.Mail.Sent);
        // Someone signed in who is no team member is named by their sign-in name.
        Assert.Equal("sales@example.test", recorded.Handoff.IntroductionEmailSentBy);
    }

    [Fact]
    public async Task The_introduction_email_is_recorded_under_the_senders_team_member_name()
    {
        var h = await _services.WonHandoffAsync("Named sender");
        string csm;
        await using (var db = _database.CreateContext())
        {
            var member = await db.TeamMembers.Where(t => t.Role == TeamRole.Success).OrderBy(t => t.Id).FirstAsync();
            csm = member.Name;
            db.Users.Add(new SalesOps.Data.Identity.AppUser
            {
                UserName = "named-csm@example.test", NormalizedUserName = "NAMED-CSM@EXAMPLE.TEST", Email = "named-csm@example.test",
                DisplayName = member.Name, TeamMemberId = member.Id, CreatedAt = _database.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        _services.Mail.IsConfigured = false;
        var draft = new IntroductionEmailDraft([new("Ana Ruiz", "ana@customer.example")], [], "Welcome", "Hello Ana");
        var recorded = await _services.Handoffs("named-csm@example.test", AppRoles.Success).RecordIntroductionEmailAsync(h.Id, draft, sendNow: false, h.Version);

        Assert.True(recorded.Succeeded, recorded.Message);
        Assert.Equal(csm, recorded.Handoff!.IntroductionEmailSentBy);
    }

    [Fact]
    public async Task A_contact_added_on_the_spot_belongs_to_the_account_and_duplicates_by_email_are_refused()
    {
        var h = await _services.WonHandoffAsync("New contact");

        var (added, error) = await _services.Handoffs().AddContactAsync(h.Id, new NewContact("Priya", "Nair", "priya.nair@newco.example", "CTO", ContactRole.TechnicalContact));
        var (_, duplicate) = await _services.Handoffs().AddContactAsync(h.Id, new NewContact("P", "Nair", "PRIYA.NAIR@newco.example", null, ContactRole.Stakeholder));
        var (_, unnamed) = await _services.Handoffs().AddContactAsync(h.Id, new NewContact(" ", "Nair", null, null, ContactRole.Stakeholder));

        Assert.Null(error);
        Assert.Equal("Priya Nair", added!.Name);
        Assert.Contains("already has the address", duplicate, StringComparison.Ordinal);
        Assert.Contains("first and a last name", unnamed, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(h.AccountId, (await db.Contacts.SingleAsync(c => c.Id == added.Id)).AccountId);
    }

    [Fact]
    public async Task The_account_summary_shows_promises_with_overdue_ones_and_sales_as_co_owner_until_the_agreed_date()
    {
        var h = await _services.WonHandoffAsync("Summary");
        var today = DateOnly.FromDateTime(_database.Clock.GetUtcNow().UtcDateTime);
        var saved = await _services.Handoffs().SaveAsync(h.Id, InputOf(h) with
        {
            SpecialTerms = "Price locked for 24 months",
            SalesInvolvedUntil = today.AddDays(30),
            Deliverables = [new DeliverableInput(null, "Training", today.AddDays(10))],
        }, h.Version);
        Assert.True(saved.Succeeded, saved.Message);

        var summary = (await _services.Handoffs().GetAccountSummaryAsync(h.AccountId))!;
        Assert.Equal(h.Id, summary.HandoffId);
        Assert.Equal("Price locked for 24 months", summary.SpecialTerms);
        Assert.Equal(h.OwnerName, summary.SalesCoOwner);
        Assert.Equal(0, summary.OverdueDeliverables);

        var monthLater = new FakeTimeProvider(_database.Clock.GetUtcNow().AddDays(31));
        var later = (await _services.Handoffs(clock: monthLater).GetAccountSummaryAsync(h.AccountId))!;
        Assert.Null(later.SalesCoOwner);
        Assert.Equal(1, later.OverdueDeliverables);
        Assert.True(Assert.Single(later.Deliverables).IsOverdue);
    }
}
