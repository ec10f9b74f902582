using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SalesOps.Data;

/// <summary>Points a context at one of the three providers and its own migrations assembly.</summary>
public static class DbContextOptionsBuilderExtensions
{
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "SalesOps.Data.Sqlite",
        DatabaseProvider.SqlServer => "SalesOps.Data.SqlServer",
        DatabaseProvider.PostgreSql => "SalesOps.Data.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static DbContextOptionsBuilder UseSalesOpsDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var assembly = MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    /// <summary>
    /// Names what a connection string points at (file, host, database) without its credentials, for messages
    /// a person reads when the database cannot be reached.
    /// </summary>
    public static string DescribeTarget(DatabaseProvider provider, string connectionString)
    {
        try
        {
            return provider switch
            {
                DatabaseProvider.Sqlite => $"SQLite file {Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}",
                DatabaseProvider.SqlServer => Describe(new SqlConnectionStringBuilder(connectionString)),
                DatabaseProvider.PostgreSql => Describe(new NpgsqlConnectionStringBuilder(connectionString)),
                _ => provider.ToString(),
            };
        }
        catch (ArgumentException ex)
        {
            return $"{provider} (the connection string could not be read: {ex.Message})";
        }
    }

    private static string Describe(SqlConnectionStringBuilder b) =>
        $"SQL Server '{b.DataSource}', database '{b.InitialCatalog}'";

    private static string Describe(NpgsqlConnectionStringBuilder b) =>
        $"PostgreSQL server {b.Host}:{b.Port}, database '{b.Database ?? b.Username}'";
}
