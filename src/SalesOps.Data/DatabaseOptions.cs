namespace SalesOps.Data;

/// <summary>Bound from the <c>Database</c> section; the connection string comes from <c>ConnectionStrings:SalesOps</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "SalesOps";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/salesops.db";

    /// <summary>Sqlite (default), SqlServer or PostgreSql; case-insensitive.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    public static string ValidValues => string.Join(", ", Enum.GetNames<DatabaseProvider>());

    public static bool TryParseProvider(string? value, out DatabaseProvider provider)
    {
        provider = default;
        return !string.IsNullOrWhiteSpace(value)
            && !int.TryParse(value, out _)
            && Enum.TryParse(value.Trim(), ignoreCase: true, out provider);
    }

    public DatabaseProvider ParsedProvider => TryParseProvider(Provider, out var p)
        ? p
        : throw new InvalidOperationException(UnknownProviderMessage(Provider));

    public static string UnknownProviderMessage(string? value) =>
        $"Database:Provider '{value}' is not supported. Valid values: {ValidValues}.";
}
