using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Services.Configuration;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>The day-30 reminder: sales and the CSM each get one, once, when the involvement period ends.</summary>
public sealed class HandoffRemindersTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private HandoffReminders Reminders(TimeProvider clock) => new(_database.Factory, new CrmConfigurationProvider(_database.Factory), clock);

    [Fact]
    public async Task At_day_30_sales_and_the_csm_are_reminded_once_and_not_before()
    {
        var services = new HandoffTestServices(_database);
        var h = await services.WonHandoffAsync("Reminded");
        var start = _database.Clock.GetUtcNow();
        // The demo company's own handoffs may be due on the test clock's day; send those first.
        await Reminders(new FakeTimeProvider(start)).SendDueAsync();

        await Reminders(new FakeTimeProvider(start.AddDays(29))).SendDueAsync();
        var before = await CountAsync(h.Id);
        await Reminders(new FakeTimeProvider(start.AddDays(30).AddHours(1))).SendDueAsync();
        var afterDay30 = await CountAsync(h.Id);
        await Reminders(new FakeTimeProvider(start.AddDays(31))).SendDueAsync();

        Assert.Equal(0, before);
        Assert.Equal(2, afterDay30);
        Assert.Equal(2, await CountAsync(h.Id));
        await using var db = _database.CreateContext();
        var recipients = await db.Notifications.Where(n => n.HandoffId == h.Id && n.Kind == NotificationKind.SalesInvolvementEnds)
            .Select(n => n.RecipientId).OrderBy(r => r).ToListAsync();
        Assert.Equal(new[] { h.OwnerId!.Value, h.CsmId!.Value }.Order(), recipients);
    }

    private async Task<int> CountAsync(int handoffId)
    {
        await using var db = _database.CreateContext();
        return await db.Notifications.CountAsync(n => n.HandoffId == handoffId && n.Kind == NotificationKind.SalesInvolvementEnds);
    }
}
