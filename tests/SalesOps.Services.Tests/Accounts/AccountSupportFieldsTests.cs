using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Accounts;

/// <summary>Setting an account's support tier and contact, and refreshing the fields derived from its tickets.</summary>
public sealed class AccountSupportFieldsTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private AccountService Accounts => new(_database.Factory, _database.Clock);

    [Fact]
    public async Task Saving_a_tier_and_the_accounts_own_contact_shows_on_the_account_page()
    {
        var before = await GetAsync(await AccountWithContactsAsync(0));
        var tier = before.SupportTier == SupportTier.Vip ? SupportTier.Standard : SupportTier.Vip;
        var contact = before.Contacts.First(c => c.Id != before.PrimarySupportContact?.Id);

        var result = await Accounts.UpdateSupportSettingsAsync(before.Id, tier, contact.Id, before.Version);

        Assert.True(result.Succeeded, result.Error);
        var after = await GetAsync(before.Id);
        Assert.Equal(tier, after.SupportTier);
        Assert.Equal(contact.Id, after.PrimarySupportContact?.Id);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task A_contact_of_another_account_is_refused_naming_both_accounts_and_nothing_changes()
    {
        var before = await GetAsync(await AccountWithContactsAsync(1));
        var other = await GetAsync(await AccountWithContactsAsync(2));
        var tier = before.SupportTier == SupportTier.Vip ? SupportTier.Standard : SupportTier.Vip;

        var result = await Accounts.UpdateSupportSettingsAsync(before.Id, tier, other.Contacts[0].Id, before.Version);

        Assert.False(result.Succeeded);
        Assert.Contains(before.Name, result.Error, StringComparison.Ordinal);
        Assert.Contains(other.Name, result.Error, StringComparison.Ordinal);
        Assert.Contains(other.Contacts[0].Name, result.Error, StringComparison.Ordinal);
        AssertUnchanged(before, await GetAsync(before.Id));
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_changed_by_someone_else_and_nothing_changes()
    {
        var seen = await GetAsync(await AccountWithContactsAsync(3));
        var first = await Accounts.UpdateSupportSettingsAsync(seen.Id, SupportTier.Priority, seen.Contacts[0].Id, seen.Version);
        Assert.True(first.Succeeded, first.Error);
        var current = await GetAsync(seen.Id);

        var second = await Accounts.UpdateSupportSettingsAsync(seen.Id, SupportTier.Vip, seen.Contacts[1].Id, seen.Version);

        Assert.False(second.Succeeded);
        Assert.Contains("changed by someone else", second.Error, StringComparison.Ordinal);
        Assert.Contains(seen.Name, second.Error, StringComparison.Ordinal);
        AssertUnchanged(current, await GetAsync(seen.Id));
    }

    [Fact]
    public async Task Refreshing_after_a_new_open_escalated_ticket_updates_the_stored_fields_but_not_the_version()
    {
        var now = _database.Clock.GetUtcNow();
        var before = await StoredAsync(await AccountWithoutOpenEscalationAsync());
        await using (var db = _database.CreateContext())
        {
            db.SupportTickets.Add(new SupportTicket
            {
                AccountId = before.Id,
                Subject = "Production outage",
                Priority = TicketPriority.Urgent,
                Status = TicketStatus.Open,
                CreatedAt = now.AddHours(-3),
                FirstResponseAt = now.AddHours(-2),
                EscalatedAt = now.AddHours(-1),
                EscalationReason = "Production outage affecting all users",
                UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(before.Support.OpenTicketCount, (await StoredAsync(before.Id)).Support.OpenTicketCount);

        await new SupportFieldsService(_database.Factory, _database.Clock).RefreshAsync([before.Id]);

        var after = await StoredAsync(before.Id);
        Assert.Equal(before.Support.OpenTicketCount + 1, after.Support.OpenTicketCount);
        Assert.True(after.Support.HasOpenEscalation);
        Assert.Equal(before.Support.EscalationCount + 1, after.Support.EscalationCount);
        Assert.Equal(now.AddHours(-1), after.Support.LastEscalationAt);
        Assert.Equal(now, after.Support.LastInteractionAt);
        Assert.Equal(before.Version, after.Version);
    }

    private static void AssertUnchanged(AccountDetails expected, AccountDetails actual)
    {
        Assert.Equal(expected.SupportTier, actual.SupportTier);
        Assert.Equal(expected.PrimarySupportContact?.Id, actual.PrimarySupportContact?.Id);
        Assert.Equal(expected.Version, actual.Version);
    }

    private async Task<AccountDetails> GetAsync(int id) =>
        await Accounts.GetAsync(id) ?? throw new InvalidOperationException($"Account {id} is missing.");

    private async Task<Account> StoredAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    // Each test edits its own account, so they stay independent on the shared database.
    private async Task<int> AccountWithContactsAsync(int index)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.Where(a => a.Contacts.Count >= 2).OrderBy(a => a.Id).Select(a => a.Id).Skip(index).FirstAsync();
    }

    private async Task<int> AccountWithoutOpenEscalationAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.Where(a => !a.Support.HasOpenEscalation).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
