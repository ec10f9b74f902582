namespace SalesOps.Data;

/// <summary>The database engines the app runs on. Each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
