using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>The same aggregate queries on PostgreSQL, each test in a fresh database of its own.</summary>
public sealed class PostgresHealthInputsReaderTests
{
    [PostgresFact]
    public async Task Inputs_as_of_now_equal_the_hand_computed_inputs_field_by_field_on_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.MigrateAsync();
        await HealthInputsReaderChecks.InputsAsOfNowEqualTheHandComputedOnesAsync(database);
    }

    [PostgresFact]
    public async Task Inputs_as_of_fifty_days_ago_see_only_what_existed_then_on_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.MigrateAsync();
        await HealthInputsReaderChecks.InputsAsOfFiftyDaysAgoEqualTheHandComputedOnesAsync(database);
    }
}
