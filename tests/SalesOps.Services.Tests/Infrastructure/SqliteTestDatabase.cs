using Microsoft.Data.Sqlite;
using SalesOps.Data;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>A SQLite database in a file of its own temporary folder, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string folder, string path)
        : base(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString())
    {
        Folder = folder;
        FilePath = path;
    }

    public string Folder { get; }

    public string FilePath { get; }

    public static SqliteTestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "salesops-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(folder, Path.Combine(folder, "salesops.db"));
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        using (var connection = new SqliteConnection(Connection.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }

        return ValueTask.CompletedTask;
    }
}
