using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>Health inputs read with aggregate queries on SQLite equal the hand-computed ones.</summary>
public sealed class SqliteHealthInputsReaderTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public Task Inputs_as_of_now_equal_the_hand_computed_inputs_field_by_field() =>
        HealthInputsReaderChecks.InputsAsOfNowEqualTheHandComputedOnesAsync(_database);

    [Fact]
    public Task Inputs_as_of_fifty_days_ago_see_only_what_existed_then() =>
        HealthInputsReaderChecks.InputsAsOfFiftyDaysAgoEqualTheHandComputedOnesAsync(_database);
}
