using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Accounts;

[Collection(PostgresGroup.Name)]
public sealed class PostgresAccountSearchTests(SeededPostgresFixture fixture)
{
    private readonly SeededPostgresFixture _fixture = fixture;

    [PostgresFact]
    public Task Search_matches_account_names_case_insensitively() =>
        AccountSearchChecks.SearchMatchesNamesCaseInsensitivelyAsync(_fixture.Database);

    [PostgresFact]
    public Task Search_matches_account_domains_case_insensitively() =>
        AccountSearchChecks.SearchMatchesDomainsCaseInsensitivelyAsync(_fixture.Database);

    [PostgresFact]
    public Task Segment_filter_returns_only_accounts_of_that_segment() =>
        AccountSearchChecks.FilterReturnsExactlyTheMatchingAccountsAsync(_fixture.Database,
            new AccountQuery { Segment = Segment.Enterprise }, a => a.Segment == Segment.Enterprise);

    [PostgresFact]
    public Task Pages_sorted_by_segment_are_disjoint_and_cover_every_account_in_a_stable_order() =>
        AccountSearchChecks.PagesAreDisjointAndCoverEveryAccountInAStableOrderAsync(_fixture.Database, AccountSort.Segment, false);

    [PostgresFact]
    public Task Pages_sorted_by_csat_are_disjoint_and_cover_every_account_in_a_stable_order() =>
        AccountSearchChecks.PagesAreDisjointAndCoverEveryAccountInAStableOrderAsync(_fixture.Database, AccountSort.Csat, true);

    [PostgresFact]
    public Task Sorting_by_arr_descending_puts_the_largest_account_first() =>
        AccountSearchChecks.SortByArrDescendingPutsTheLargestFirstAsync(_fixture.Database);
}
