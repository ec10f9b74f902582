using SalesOps.Data;
using SalesOps.Data.Startup;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Startup;

/// <summary>A database the app cannot use stops start-up with a message that names it.</summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task Migrating_a_file_that_is_not_a_sqlite_database_names_the_file_and_leaves_it_alone()
    {
        var folder = Path.Combine(Path.GetTempPath(), "salesops-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "App_Data"));
        try
        {
            var path = Path.Combine(folder, "App_Data", "salesops.db");
            var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
            await File.WriteAllBytesAsync(path, garbage);
            var connection = DatabaseConnection.Resolve(new DatabaseOptions(), "Data Source=App_Data/salesops.db", folder);

            var error = await Assert.ThrowsAsync<DatabaseStartupException>(() =>
                TestInitializer.Create(connection, TestClock.Create()).MigrateAsync(CancellationToken.None));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("not a database", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(garbage, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Migrating_an_unreachable_postgres_server_names_its_host_and_port()
    {
        var connection = DatabaseConnection.Resolve(
            new DatabaseOptions { Provider = "PostgreSql" },
            "Host=127.0.0.1;Port=1;Database=salesops;Username=salesops;Timeout=5",
            Path.GetTempPath());

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() =>
            TestInitializer.Create(connection, TestClock.Create()).MigrateAsync(CancellationToken.None));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("salesops", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    [InlineData(" ")]
    public void An_unknown_provider_is_refused_listing_the_valid_ones(string provider)
    {
        var error = Assert.Throws<DatabaseStartupException>(() =>
            DatabaseConnection.Resolve(new DatabaseOptions { Provider = provider }, null, Path.GetTempPath()));

        Assert.Contains($"'{provider}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, SqlServer, PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SQLSERVER", DatabaseProvider.SqlServer)]
    public void A_server_provider_without_a_connection_string_says_which_setting_to_fill(string provider, DatabaseProvider parsed)
    {
        var error = Assert.Throws<DatabaseStartupException>(() =>
            DatabaseConnection.Resolve(new DatabaseOptions { Provider = provider }, "  ", Path.GetTempPath()));

        Assert.Contains("ConnectionStrings:SalesOps", error.Message, StringComparison.Ordinal);
        Assert.Contains(parsed.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_sqlite_path_is_resolved_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "salesops-content-root");

        var connection = DatabaseConnection.Resolve(new DatabaseOptions { Provider = "sqlite" }, null, root);

        Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
        Assert.Contains(Path.Combine(root, "App_Data", "salesops.db"), connection.ConnectionString, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "App_Data", "salesops.db"), connection.Target, StringComparison.Ordinal);
    }
}
