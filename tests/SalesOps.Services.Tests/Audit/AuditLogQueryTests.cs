using SalesOps.Core.Domain;
using SalesOps.Services.Audit;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Audit;

/// <summary>The audit log's filters and paging run in the database and return the newest entries first.</summary>
public sealed class AuditLogQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = TestClock.Now.AddDays(-10);
    private SqliteTestDatabase _database = default!;

    private AuditLogService Log => new(_database.Factory);

    public async Task InitializeAsync()
    {
        _database = SqliteTestDatabase.Create();
        await _database.MigrateAsync();
        await using var db = _database.CreateContext();
        // 30 entries, one an hour: accounts and contacts, three users, every action.
        for (var i = 0; i < 30; i++)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = Start.AddHours(i),
                UserName = i % 3 == 0 ? "ops@test.example" : i % 3 == 1 ? "sales@test.example" : "system",
                EntityType = i % 2 == 0 ? "Account" : "Contact",
                EntityId = (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = (AuditAction)(i % 3),
                Changes = $$$"""{"Name":{"Old":"Before {{{i}}}","New":"After {{{i}}}"},"Tier":{"Old":null,"New":"Vip"}}""",
            });
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Without_filters_all_entries_come_newest_first_one_page_at_a_time()
    {
        var first = await Log.SearchAsync(new AuditQuery { PageSize = 10 });
        var third = await Log.SearchAsync(new AuditQuery { Page = 2, PageSize = 10 });

        Assert.Equal(30, first.TotalCount);
        Assert.Equal(Enumerable.Range(20, 10).Reverse().Select(i => Start.AddHours(i)), first.Items.Select(e => e.At));
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => Start.AddHours(i)), third.Items.Select(e => e.At));
    }

    [Fact]
    public async Task Filters_combine_type_record_user_and_action()
    {
        var result = await Log.SearchAsync(new AuditQuery { EntityType = "Account", EntityId = "0", UserName = "OPS@", Action = AuditAction.Created });

        // i even, i % 5 == 0, i % 3 == 0: i = 0 and i = 30 (out of range) → only 0.
        var entry = Assert.Single(result.Items);
        Assert.Equal(Start, entry.At);
        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task The_date_range_includes_from_and_excludes_to()
    {
        var result = await Log.SearchAsync(new AuditQuery { From = Start.AddHours(5), To = Start.AddHours(8) });

        Assert.Equal([Start.AddHours(7), Start.AddHours(6), Start.AddHours(5)], result.Items.Select(e => e.At));
    }

    [Fact]
    public async Task Free_text_searches_the_changes_case_insensitively()
    {
        var result = await Log.SearchAsync(new AuditQuery { Text = "after 1" });

        // "After 1" and "After 10".."After 19".
        Assert.Equal(11, result.TotalCount);
        Assert.All(result.Items, e => Assert.Contains(e.Changes, c => c.Field == "Name" && c.New!.StartsWith("After 1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Changes_are_parsed_into_field_old_and_new()
    {
        var entry = (await Log.SearchAsync(new AuditQuery { PageSize = 1 })).Items[0];

        Assert.Equal([new AuditFieldChange("Name", "Before 29", "After 29"), new AuditFieldChange("Tier", null, "Vip")], entry.Changes);
    }

    [Fact]
    public async Task The_history_of_a_record_holds_only_its_own_entries()
    {
        var history = await Log.GetHistoryAsync("Contact", "1");

        // Odd i with i % 5 == 1: 1, 11, 21.
        Assert.Equal([Start.AddHours(21), Start.AddHours(11), Start.AddHours(1)], history.Items.Select(e => e.At));
    }

    [Fact]
    public async Task The_history_of_users_is_not_shown_on_record_pages()
    {
        await Assert.ThrowsAsync<SalesOps.Services.Security.AccessDeniedException>(() => Log.GetHistoryAsync("User", "abc"));
    }
}
