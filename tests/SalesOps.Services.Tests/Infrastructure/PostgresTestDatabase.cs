using Npgsql;
using SalesOps.Data;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>A uniquely named database on the test run's PostgreSQL server, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string connectionString, string name)
        : base(DatabaseProvider.PostgreSql, connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
    }

    public string Name { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = PostgresEnvironment.AdminConnectionString;
        var name = $"salesops_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new PostgresTestDatabase(admin, connectionString, name);
    }

    public override async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(Connection.ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
