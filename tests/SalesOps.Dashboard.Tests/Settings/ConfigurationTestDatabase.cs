using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services;
using SalesOps.Services.Configuration;
using SalesOps.Services.Health;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// A freshly migrated SQLite file with no configuration saved (version 0, the built-in defaults), one per test so that
/// version numbers are the test's own; and the real configuration services over it, behind their access rules.
/// </summary>
public sealed class ConfigurationTestDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();
    private readonly ServiceProvider _services;

    public ConfigurationTestDatabase()
    {
        _services = new ServiceCollection().AddDbContextFactory<SalesOpsDbContext>(Configure).BuildServiceProvider();
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string ConnectionString => $"Data Source={_directory.File("configuration.db")}";

    public FakeTimeProvider Clock { get; } = new(Now);

    public void Configure(DbContextOptionsBuilder options) => options.UseSalesOpsDatabase(DatabaseProvider.Sqlite, ConnectionString);

    public SalesOpsDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContext();

    /// <summary>The configuration services over this file, acting as whoever the bUnit test signed in.</summary>
    public void AddServices(IServiceCollection services)
    {
        services.AddDbContextFactory<SalesOpsDbContext>(Configure);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IHealthRecomputeQueue>(new FakeHealthRecompute());
        services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        services.TryAddScoped<ICurrentUser, BunitCurrentUser>();
        services.AddAuthorizedScoped<ICrmConfigurationService, CrmConfigurationService>();
        services.AddAuthorizedScoped<IConfigurationFileService, ConfigurationFileService>();
    }

    /// <summary>Stored versions, oldest first, with their configuration JSON.</summary>
    public async Task<IReadOnlyList<CrmConfigurationVersion>> VersionsAsync()
    {
        await using var db = CreateContext();
        return await db.ConfigurationVersions.AsNoTracking().OrderBy(v => v.Version).ToListAsync();
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }
}
