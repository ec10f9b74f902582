using System.Globalization;
using System.Linq.Expressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Accounts;

public sealed class AccountsListTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private const int PageSize = 25;
    private readonly SeededDatabase _db;
    private readonly FakeTimeProvider _clock;

    public AccountsListTests(SeededDatabase db)
    {
        _db = db;
        _clock = Services.AddRealAccountService(db);
    }

    [Fact]
    public async Task First_page_shows_25_accounts_by_name_and_the_count_of_all_accounts()
    {
        var all = await AccountsByNameAsync(_ => true);

        var cut = Render<AccountsList>();

        cut.WaitForAssertion(() => Assert.Equal(CountText(all.Count), cut.Find("[data-testid=account-count]").TextContent.Trim()));
        Assert.True(all.Count > PageSize, "the seed must fill more than one page");
        Assert.Equal(all.Take(PageSize).Select(a => a.Id), RowIds(cut));
    }

    [Fact]
    public async Task Segment_filter_in_the_query_string_shows_only_that_segment_and_its_count()
    {
        // The largest segment that is not every account, so the filter has something to remove.
        var counts = await CountBySegmentAsync();
        var segment = counts.Where(c => c.Value < SeededDatabase.AccountCount).MaxBy(c => c.Value).Key;
        var expected = await AccountsByNameAsync(a => a.Segment == segment);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"accounts?segment={segment}");

        var cut = Render<AccountsList>();

        cut.WaitForAssertion(() => Assert.Equal(CountText(expected.Count), cut.Find("[data-testid=account-count]").TextContent.Trim()));
        Assert.Equal(expected.Take(PageSize).Select(a => a.Id), RowIds(cut));
        Assert.All(cut.FindAll("tbody.mud-table-body td[data-label=Segment]"), td => Assert.Equal(SegmentText(segment), td.TextContent.Trim()));
    }

    [Fact]
    public async Task Typing_in_the_search_box_narrows_the_list_to_matching_names_and_domains()
    {
        var all = await AccountsByNameAsync(_ => true);
        var term = SearchTermMatchingFew(all);
        var expected = all.Where(a => a.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || a.Domain.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
        var cut = Render<AccountsList>();
        cut.WaitForAssertion(() => Assert.Equal(CountText(all.Count), cut.Find("[data-testid=account-count]").TextContent.Trim()));

        cut.Find("#account-search").Input(term.ToUpperInvariant());
        // MudBlazor debounces on the injected TimeProvider: move the fake clock past the 300 ms interval.
        _clock.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal(CountText(expected.Count), cut.Find("[data-testid=account-count]").TextContent.Trim()));
        Assert.Equal(expected.Select(a => a.Id), RowIds(cut));
        Assert.EndsWith($"q={term.ToUpperInvariant()}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_page_shows_the_accounts_after_the_first_25()
    {
        var all = await AccountsByNameAsync(_ => true);
        var cut = Render<AccountsList>();
        cut.WaitForAssertion(() => Assert.Equal(all.Take(PageSize).Select(a => a.Id), RowIds(cut)));

        cut.Find("button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => Assert.Equal(all.Skip(PageSize).Take(PageSize).Select(a => a.Id), RowIds(cut)));
        Assert.Equal(CountText(all.Count), cut.Find("[data-testid=account-count]").TextContent.Trim());
    }

    private static List<int> RowIds(IRenderedComponent<AccountsList> cut) =>
        cut.FindAll("tbody.mud-table-body tr.mud-table-row")
            .Select(row => row.QuerySelector("a[href^='accounts/']")?.GetAttribute("href") ?? throw new InvalidOperationException("A row without an account link: " + row.OuterHtml))
            .Select(href => int.Parse(href["accounts/".Length..], CultureInfo.InvariantCulture))
            .ToList();

    private static string CountText(int count) => count == 1 ? "1 account" : $"{count} accounts";

    private static string SegmentText(Segment segment) => segment switch
    {
        Segment.Smb => "SMB",
        Segment.MidMarket => "Mid-Market",
        _ => "Enterprise",
    };

    /// <summary>A piece of one account's name that fewer than half of the accounts contain in their name or domain.</summary>
    private static string SearchTermMatchingFew(List<Account> all)
    {
        var candidates = all.SelectMany(a => a.Name.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4)
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .OrderBy(w => w, StringComparer.Ordinal);
        return candidates.First(w =>
        {
            var matches = all.Count(a => a.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || a.Domain.Contains(w, StringComparison.OrdinalIgnoreCase));
            return matches >= 2 && matches < all.Count / 2;
        });
    }

    private async Task<List<Account>> AccountsByNameAsync(Expression<Func<Account, bool>> filter)
    {
        await using var db = _db.CreateContext();
        return await db.Accounts.AsNoTracking().Where(filter).OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync();
    }

    private async Task<Dictionary<Segment, int>> CountBySegmentAsync()
    {
        await using var db = _db.CreateContext();
        return await db.Accounts.GroupBy(a => a.Segment).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
