using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Accounts;

public sealed class SqliteAccountSearchTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly SeededSqliteFixture _fixture = fixture;

    private TestDatabase Database => _fixture.Database;

    [Fact]
    public Task Search_matches_account_names_case_insensitively() =>
        AccountSearchChecks.SearchMatchesNamesCaseInsensitivelyAsync(Database);

    [Fact]
    public Task Search_matches_account_domains_case_insensitively() =>
        AccountSearchChecks.SearchMatchesDomainsCaseInsensitivelyAsync(Database);

    [Fact]
    public Task Segment_filter_returns_only_accounts_of_that_segment() =>
        AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { Segment = Segment.Enterprise }, a => a.Segment == Segment.Enterprise);

    [Fact]
    public Task Support_tier_filter_returns_only_accounts_of_that_tier() =>
        AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { SupportTier = SupportTier.Vip }, a => a.SupportTier == SupportTier.Vip);

    [Fact]
    public async Task Lifecycle_filter_returns_only_accounts_in_that_lifecycle()
    {
        var lifecycle = await MostCommonAsync(a => a.Lifecycle);
        await AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { Lifecycle = lifecycle }, a => a.Lifecycle == lifecycle);
    }

    [Fact]
    public async Task Csm_filter_returns_only_that_csms_accounts()
    {
        var csmId = await MostCommonAsync(a => a.CsmId);
        Assert.NotNull(csmId);
        await AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { CsmId = csmId }, a => a.CsmId == csmId);
    }

    [Fact]
    public async Task Owner_filter_returns_only_that_owners_accounts()
    {
        var ownerId = await MostCommonAsync(a => a.OwnerId);
        Assert.NotNull(ownerId);
        await AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { OwnerId = ownerId }, a => a.OwnerId == ownerId);
    }

    [Fact]
    public async Task Filters_combine_with_search()
    {
        var tier = await MostCommonAsync(a => a.SupportTier);
        await AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(Database,
            new AccountQuery { SupportTier = tier, Search = ".IO" }, a => a.SupportTier == tier && a.Domain.EndsWith(".io"));
    }

    [Theory]
    [InlineData(AccountSort.Name, false)]
    [InlineData(AccountSort.Segment, false)]
    [InlineData(AccountSort.SupportTier, true)]
    [InlineData(AccountSort.OpenTickets, true)]
    [InlineData(AccountSort.Csat, false)]
    [InlineData(AccountSort.Csm, false)]
    public Task Pages_are_disjoint_and_cover_every_account_in_a_stable_order(AccountSort sort, bool descending) =>
        AccountSearchChecks.PagesAreDisjointAndCoverEveryAccountInAStableOrderAsync(Database, sort, descending);

    [Fact]
    public Task Sorting_by_arr_descending_puts_the_largest_account_first() =>
        AccountSearchChecks.SortByArrDescendingPutsTheLargestFirstAsync(Database);

    private async Task<T> MostCommonAsync<T>(Func<Account, T> key)
    {
        await using var db = Database.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();
        return accounts.GroupBy(key).Where(g => g.Key is not null).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
