using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Expansion;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Handoffs;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Expansion;

/// <summary>Logging signals, the account manager's process, idempotency, roles and usage detection on a real database.</summary>
public sealed class ExpansionSignalServiceTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;
    private readonly RecordingMailSender _mail = new();
    private readonly InProcessEventBus _events = new(NullLogger<InProcessEventBus>.Instance);

    private ExpansionSignalService Service(string role = AppRoles.Support, TimeProvider? clock = null) =>
        new(_database.Factory, new CrmConfigurationProvider(_database.Factory), _mail, _events, TestUsers.WithRole(role, $"{role.ToLowerInvariant()}@example.test"), clock ?? _database.Clock);

    private SignalDetection Detection() => new(_database.Factory, new CrmConfigurationProvider(_database.Factory), _mail, _events, _database.Clock);

    private async Task<Account> AccountWithOwnerAsync(int skip)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.AsNoTracking().Include(a => a.Owner).Where(a => a.OwnerId != null && a.Lifecycle != Lifecycle.Churned)
            .OrderBy(a => a.Id).Skip(skip).FirstAsync();
    }

    private static SignalInput Input(int accountId, string context = "Asked twice about SSO and audit logs in the Enterprise plan") =>
        new(accountId, ExpansionTrigger.AskingAboutHigherTierFeatures, context, "We need this before we roll out to finance", Sentiment.Enthusiastic, null, 12_000m);

    [Fact]
    public async Task A_logged_signal_reaches_the_account_manager_in_app_and_by_mail_with_its_context()
    {
        var account = await AccountWithOwnerAsync(0);

        var result = await Service().LogAsync(Input(account.Id));

        Assert.True(result.Succeeded, result.Message);
        var signal = result.Signal!;
        Assert.Equal(SignalSource.Logged, signal.Source);
        Assert.Equal(SignalStatus.AccountManagerNotified, signal.Status);
        Assert.Equal(account.OwnerId, signal.AccountManagerId);
        Assert.NotNull(signal.NotifiedAt);
        await using var db = _database.CreateContext();
        var notification = await db.Notifications.SingleAsync(n => n.SignalId == signal.Id);
        Assert.Equal(account.OwnerId, notification.RecipientId);
        Assert.Contains("Asked twice about SSO", notification.Body, StringComparison.Ordinal);
        Assert.Contains(_mail.Sent, m => m.To[0].Address == account.Owner!.Email && m.Subject.Contains(account.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_stores_nothing()
    {
        var account = await AccountWithOwnerAsync(1);
        await using var db = _database.CreateContext();
        var before = await db.ExpansionSignals.CountAsync();
        var otherTicket = await db.SupportTickets.Where(t => t.AccountId != null && t.AccountId != account.Id).Select(t => t.Id).FirstAsync();

        var unknownAccount = await Service().LogAsync(Input(999_999));
        var bad = await Service().LogAsync(new SignalInput(account.Id, (ExpansionTrigger)99, "  ", new string('w', 4001), Sentiment.Neutral, otherTicket, -5));

        Assert.Equal("account_id", Assert.Single(unknownAccount.Errors).Field);
        Assert.Contains("999999 does not exist", unknownAccount.Message, StringComparison.Ordinal);
        Assert.Equal(["trigger", "context", "customer_words", "estimated_arr", "ticket_id"], bad.Errors.Select(e => e.Field));
        Assert.Equal(before, await db.ExpansionSignals.CountAsync());
    }

    [Fact]
    public async Task A_replayed_idempotency_key_returns_the_first_signal_and_a_different_body_is_refused()
    {
        var account = await AccountWithOwnerAsync(2);

        var first = await Service().LogAsync(Input(account.Id), "zendesk-4711", "hash-a");
        var replay = await Service().LogAsync(Input(account.Id), "zendesk-4711", "hash-a");
        var different = await Service().LogAsync(Input(account.Id, "Another story"), "zendesk-4711", "hash-b");

        Assert.True(first.Succeeded);
        Assert.True(replay.Succeeded);
        Assert.Equal(first.Signal!.Id, replay.Signal!.Id);
        Assert.Contains("not stored twice", replay.Message, StringComparison.Ordinal);
        Assert.Equal("idempotency_key", Assert.Single(different.Errors).Field);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.ExpansionSignals.CountAsync(s => s.IdempotencyKey == "zendesk-4711"));
    }

    [Fact]
    public async Task Without_the_role_a_person_cannot_log_or_work_signals()
    {
        var account = await AccountWithOwnerAsync(3);
        var viewer = ServiceAccess.Wrap<IExpansionSignalService>(Service(AppRoles.Viewer), TestUsers.WithRole(AppRoles.Viewer));
        var support = ServiceAccess.Wrap<IExpansionSignalService>(Service(), TestUsers.WithRole(AppRoles.Support));

        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.LogAsync(Input(account.Id)));
        var logged = await support.LogAsync(Input(account.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => support.DismissAsync(logged.Signal!.Id, "Not now", logged.Signal.Version));
    }

    [Fact]
    public async Task The_account_manager_introduces_and_creates_the_linked_expansion_opportunity()
    {
        var account = await AccountWithOwnerAsync(4);
        var logged = (await Service().LogAsync(Input(account.Id))).Signal!;

        var tooLong = await Service(AppRoles.Sales).RecordIntroductionAsync(logged.Id, logged.Version, new string('x', 8001));
        Assert.Equal(SignalOutcome.Invalid, tooLong.Outcome);
        Assert.Contains("introduction", tooLong.Errors.Select(e => e.Field));
        const string sent = "To: Ada <ada@example.test>\nSubject: Meet Olive\n\nAda, meet Olive, your account manager.";
        var introduced = await Service(AppRoles.Sales).RecordIntroductionAsync(logged.Id, logged.Version, sent);
        Assert.Equal(sent, introduced.Signal!.Introduction);
        Assert.Equal(sent, (await Service(AppRoles.Sales).GetAsync(logged.Id))!.Introduction);
        var stale = await Service(AppRoles.Sales).AcknowledgeAsync(logged.Id, logged.Version);
        var created = await Service(AppRoles.Sales).CreateOpportunityAsync(logged.Id, null, null, introduced.Signal!.Version);

        Assert.Equal(SignalStatus.WarmIntroduction, introduced.Signal.Status);
        Assert.Equal(SignalOutcome.Conflict, stale.Outcome);
        Assert.True(created.Succeeded, created.Message);
        Assert.Equal(SignalStatus.OpportunityCreated, created.Signal!.Status);
        await using var db = _database.CreateContext();
        var deal = await db.Opportunities.SingleAsync(o => o.Id == created.Signal.OpportunityId);
        Assert.Equal(OpportunityType.Expansion, deal.Type);
        Assert.Equal(12_000m, deal.Amount);
        Assert.Equal(account.OwnerId, deal.OwnerId);
        Assert.Contains("asking about higher-tier features", deal.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_and_an_unacknowledged_signal_is_flagged_after_two_business_days()
    {
        var account = await AccountWithOwnerAsync(5);
        var logged = (await Service().LogAsync(Input(account.Id))).Signal!;

        var noReason = await Service(AppRoles.Sales).DismissAsync(logged.Id, " ", logged.Version);
        var later = new FakeTimeProvider(logged.LoggedAt.AddDays(5));
        var overdue = await Service(clock: later).ListAsync(new SignalQuery { AcknowledgementOverdueOnly = true, AccountId = account.Id });
        var dismissed = await Service(AppRoles.Sales).DismissAsync(logged.Id, "Budget frozen until next fiscal year", logged.Version);

        Assert.Equal(SignalOutcome.Invalid, noReason.Outcome);
        Assert.Contains(overdue.Items, s => s.Id == logged.Id && s.AcknowledgementOverdue);
        Assert.True(dismissed.Succeeded);
        Assert.Equal("Budget frozen until next fiscal year", dismissed.Signal!.DismissedReason);
    }

    [Fact]
    public async Task Detection_names_the_numbers_and_running_it_again_creates_no_duplicates()
    {
        Account account;
        await using (var db = _database.CreateContext())
        {
            account = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned
                    && !db.ExpansionSignals.Any(s => s.AccountId == a.Id && s.Status != SignalStatus.Dismissed && s.Status != SignalStatus.OpportunityCreated))
                .OrderByDescending(a => a.Id).FirstAsync();
            db.UsageSnapshots.Add(new UsageSnapshot
            {
                AccountId = account.Id, PeriodStart = DateOnly.FromDateTime(_database.Clock.GetUtcNow().UtcDateTime).AddDays(1),
                SeatsLicensed = 200, SeatsUsed = 188, ActiveUsers = 150, ApiCallLimit = 1_000_000, ApiCalls = 10, StorageLimitGb = 100, StorageUsedGb = 1,
            });
            await db.SaveChangesAsync();
        }

        var first = await Detection().DetectAsync([account.Id]);
        var second = await Detection().DetectAsync([account.Id]);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        await using var check = _database.CreateContext();
        var signal = await check.ExpansionSignals.SingleAsync(s => s.AccountId == account.Id);
        Assert.Equal(SignalSource.Detected, signal.Source);
        Assert.Equal(ExpansionTrigger.ApproachingPlanLimits, signal.Trigger);
        Assert.Equal("seats 188 of 200 (94 %)", signal.Evidence);
    }
}
