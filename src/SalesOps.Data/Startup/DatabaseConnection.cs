using Microsoft.Data.Sqlite;

namespace SalesOps.Data.Startup;

/// <summary>The provider and the resolved connection string the app uses.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public string Target => DbContextOptionsBuilderExtensions.DescribeTarget(Provider, ConnectionString);

    /// <summary>
    /// Resolves configuration into a connection: SQLite paths become absolute under the content root (so the file
    /// does not move with the working directory); server providers must name a connection string.
    /// </summary>
    public static DatabaseConnection Resolve(DatabaseOptions options, string? connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!DatabaseOptions.TryParseProvider(options.Provider, out var provider))
        {
            throw new DatabaseStartupException(DatabaseOptions.UnknownProviderMessage(options.Provider));
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new DatabaseStartupException(
                    $"Database:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty. Set it to the {provider} connection string.")
                : new DatabaseConnection(provider, connectionString);
        }

        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
                ? DatabaseOptions.DefaultSqliteConnectionString
                : connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseStartupException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        var inMemory = sqlite.DataSource == ":memory:" || sqlite.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, sqlite.DataSource));
        }

        return new DatabaseConnection(provider, sqlite.ToString());
    }
}
