using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;
using SalesOps.Services.Common;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Accounts;

/// <summary>What must hold for the accounts list on every provider; the per-provider test classes call these.</summary>
public static class AccountSearchChecks
{
    private const int AllRows = AccountService.MaxPageSize;

    public static async Task SearchMatchesNamesCaseInsensitivelyAsync(TestDatabase database)
    {
        var accounts = await LoadAsync(database);
        var target = accounts.First(a => a.Name.Length >= 6);
        var term = target.Name.Substring(1, 4).ToUpperInvariant();

        var result = await SearchAsync(database, new AccountQuery { Search = $"  {term} ", PageSize = AllRows });

        var expected = accounts.Where(a => Matches(a, term)).Select(a => a.Id).ToHashSet();
        Assert.Contains(target.Id, expected);
        Assert.Equal(expected, result.Items.Select(i => i.Id).ToHashSet());
        Assert.Equal(expected.Count, result.TotalCount);
    }

    public static async Task SearchMatchesDomainsCaseInsensitivelyAsync(TestDatabase database)
    {
        var accounts = await LoadAsync(database);
        // The domain is the name without spaces and punctuation, so its first label appears in no name.
        var target = accounts.Select(a => (Account: a, Label: a.Domain.Split('.')[0]))
            .First(x => x.Label.Length >= 6 && !x.Account.Name.Contains(x.Label, StringComparison.OrdinalIgnoreCase));
        var term = target.Label.ToUpperInvariant();

        var result = await SearchAsync(database, new AccountQuery { Search = term, PageSize = AllRows });

        Assert.Contains(result.Items, i => i.Id == target.Account.Id);
        var expected = accounts.Where(a => Matches(a, term)).Select(a => a.Id).ToHashSet();
        Assert.Equal(expected, result.Items.Select(i => i.Id).ToHashSet());
        Assert.Equal(expected.Count, result.TotalCount);
    }

    /// <summary>The filter returns exactly the accounts the predicate selects, and that is some but not all of them.</summary>
    public static async Task FilterReturnsExactlyTheMatchingAccountsAsync(TestDatabase database, AccountQuery query, Expression<Func<Account, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<int> expected;
        int all;
        await using (var db = database.CreateContext())
        {
            expected = await db.Accounts.Where(predicate).Select(a => a.Id).ToListAsync();
            all = await db.Accounts.CountAsync();
        }

        var result = await SearchAsync(database, query with { PageSize = AllRows });

        Assert.InRange(expected.Count, 1, all - 1);
        Assert.Equal(expected.Count, result.TotalCount);
        Assert.Equal(expected.Order(), result.Items.Select(i => i.Id).Order());
    }

    /// <summary>Walking the pages gives every account once, in the same order as one big page.</summary>
    public static async Task PagesAreDisjointAndCoverEveryAccountInAStableOrderAsync(TestDatabase database, AccountSort sort, bool descending)
    {
        const int pageSize = 7;
        var accounts = await LoadAsync(database);
        var onePage = await SearchAsync(database, new AccountQuery { Sort = sort, Descending = descending, PageSize = AllRows });

        var paged = new List<int>();
        for (var page = 0; page <= accounts.Count / pageSize + 1; page++)
        {
            var result = await SearchAsync(database, new AccountQuery { Sort = sort, Descending = descending, Page = page, PageSize = pageSize });
            Assert.Equal(accounts.Count, result.TotalCount);
            Assert.True(result.Items.Count <= pageSize);
            paged.AddRange(result.Items.Select(i => i.Id));
        }

        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(accounts.Select(a => a.Id).Order(), paged.Order());
        Assert.Equal(onePage.Items.Select(i => i.Id), paged);
    }

    public static async Task SortByArrDescendingPutsTheLargestFirstAsync(TestDatabase database)
    {
        decimal largest;
        await using (var db = database.CreateContext())
        {
            largest = await db.Accounts.MaxAsync(a => a.Arr);
        }

        var result = await SearchAsync(database, new AccountQuery { Sort = AccountSort.Arr, Descending = true, PageSize = AllRows });

        Assert.Equal(DemoCompany.Accounts, result.Items.Count);
        Assert.Equal(largest, result.Items[0].Arr);
        Assert.Equal(result.Items.Select(i => i.Arr).OrderDescending(), result.Items.Select(i => i.Arr));
        Assert.True(result.Items[0].Arr > result.Items[^1].Arr);
    }

    public static Task<PagedResult<AccountListItem>> SearchAsync(TestDatabase database, AccountQuery query)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new AccountService(database.Factory, database.Clock).SearchAsync(query);
    }

    private static async Task<List<Account>> LoadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private static bool Matches(Account account, string term) =>
        account.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || account.Domain.Contains(term, StringComparison.OrdinalIgnoreCase);
}
