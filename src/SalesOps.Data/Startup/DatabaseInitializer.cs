using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesOps.Data.Seeding;

namespace SalesOps.Data.Startup;

/// <summary>Applies pending migrations, then writes demo data into an empty database when asked to.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    DatabaseConnection connection,
    DemoDataGenerator generator,
    IOptions<SeedOptions> seedOptions,
    ILogger<DatabaseInitializer> logger)
{
    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly DatabaseConnection _connection = connection;
    private readonly DemoDataGenerator _generator = generator;
    private readonly SeedOptions _seed = seedOptions.Value;
    private readonly ILogger<DatabaseInitializer> _logger = logger;

    public bool DemoEnabled => _seed.Demo ?? _connection.Provider == DatabaseProvider.Sqlite;

    public async Task MigrateAsync(CancellationToken ct)
    {
        try
        {
            PrepareSqliteFile();
            await using var db = await _contextFactory.CreateDbContextAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                _logger.LogInformation("Applying {Count} migration(s) to {Target}: {Migrations}", pending.Count, _connection.Target, string.Join(", ", pending));
                await db.Database.MigrateAsync(ct);
            }

            if (_connection.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers (every open dashboard) carry on while a write commits.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DatabaseStartupException))
        {
            throw new DatabaseStartupException($"Cannot use the database ({_connection.Target}): {Innermost(ex)}", ex);
        }
    }

    /// <summary>Writes the demo company when demo data is on and the database has no accounts yet.</summary>
    public async Task<DemoDataSummary?> SeedDemoIfEmptyAsync(CancellationToken ct)
    {
        if (!DemoEnabled)
        {
            return null;
        }

        await using (var db = await _contextFactory.CreateDbContextAsync(ct))
        {
            if (await db.Accounts.AnyAsync(ct))
            {
                return null;
            }
        }

        _logger.LogInformation("Empty database: writing demo data ({Accounts} accounts)", _seed.Accounts);
        var summary = await _generator.GenerateAsync(new DemoDataOptions { Accounts = _seed.Accounts, RandomSeed = _seed.RandomSeed }, cancellationToken: ct);
        _logger.LogInformation("Demo data written: {Summary}", summary);
        return summary;
    }

    private void PrepareSqliteFile()
    {
        if (_connection.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(_connection.ConnectionString);
        if (builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    private static string Innermost(Exception ex)
    {
        // The most useful words are usually on the driver's exception (e.g. "file is not a database",
        // "password authentication failed", "Connection refused").
        var db = ex as DbException;
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is DbException d)
            {
                db = d;
            }
        }

        return (db ?? (Exception?)ex.GetBaseException() ?? ex).Message;
    }
}
