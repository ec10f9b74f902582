namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>What the test run says about PostgreSQL: an admin connection string, and whether it must be there.</summary>
public static class PostgresEnvironment
{
    public const string ConnectionVariable = "SALESOPS_TEST_POSTGRES";
    public const string RequireVariable = "SALESOPS_REQUIRE_POSTGRES";

    public static string AdminConnectionStringMissingMessage =>
        $"This test needs PostgreSQL but {ConnectionVariable} is not set ({RequireVariable}={(IsRequired ? "1" : "unset")}). " +
        $"Set {ConnectionVariable} to an admin connection string, e.g. the output of scripts/postgres-test-server.sh start <dir>.";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The admin connection string; a test that needs PostgreSQL and has none fails with a message that says what to set.</summary>
    public static string AdminConnectionString =>
        ConnectionString ?? throw new InvalidOperationException(AdminConnectionStringMissingMessage);
}
