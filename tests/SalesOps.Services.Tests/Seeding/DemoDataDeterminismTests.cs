using Microsoft.EntityFrameworkCore;
using SalesOps.Data.Seeding;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Seeding;

public sealed class DemoDataDeterminismTests
{
    private const int Accounts = 25;

    [Fact]
    public async Task Same_seed_and_clock_give_the_same_company_whatever_the_batch_size()
    {
        var inOneBatch = await GenerateAsync(batchSize: 250);
        var inSmallBatches = await GenerateAsync(batchSize: 7);

        Assert.Equal(Accounts, inOneBatch.Count);
        Assert.Equal(inOneBatch, inSmallBatches);
        Assert.Equal(Accounts, inOneBatch.Select(a => a.Name).Distinct().Count());
    }

    private static async Task<List<(string Name, decimal Arr, int Tickets)>> GenerateAsync(int batchSize)
    {
        await using var database = SqliteTestDatabase.Create();
        await database.MigrateAsync();
        await database.SeedAsync(new DemoDataOptions { Accounts = Accounts, RandomSeed = DemoCompany.RandomSeed, BatchSize = batchSize });

        await using var db = database.CreateContext();
        var rows = await db.Accounts.OrderBy(a => a.Id)
            .Select(a => new { a.Name, a.Arr, Tickets = a.Tickets.Count })
            .ToListAsync();
        return rows.Select(r => (r.Name, r.Arr, r.Tickets)).ToList();
    }
}
