using SalesOps.Services.Events;
using Microsoft.Extensions.Logging.Abstractions;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services.Configuration;
using SalesOps.Services.Health;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// A migrated SQLite file with version 1 of the configuration in force (the defaults with Healthy from 75, saved by the
/// demo ops manager) and three customers scored on engagement alone: Fresh 100 (Healthy), Steady 50 (Watch), Quiet 0
/// (At risk). Each test class gets its own file.
/// </summary>
public sealed class HealthModelDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    public const string OpsEmail = "ops@demo.salesops.example";
    public const string FirstComment = "Healthy from 75";
    public static readonly DateTimeOffset FirstSavedAt = Now.AddDays(-3);

    private readonly TempDirectory _directory = new();
    private ServiceProvider? _services;

    public string ConnectionString => $"Data Source={_directory.File("health-model.db")}";

    public void Configure(DbContextOptionsBuilder options) => options.UseSalesOpsDatabase(DatabaseProvider.Sqlite, ConnectionString);

    public SalesOpsDbContext CreateContext() => _services!.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContext();

    /// <summary>
    /// The real configuration service over this file behind its authorizing proxy, for an ops manager (or
    /// <paramref name="role"/>), with a fake clock at <see cref="Now"/> and <paramref name="recompute"/> as the queue.
    /// </summary>
    public FakeTimeProvider AddServices(IServiceCollection services, FakeHealthRecompute recompute, string role = AppRoles.OpsManager)
    {
        var clock = new FakeTimeProvider(Now);
        services.AddDbContextFactory<SalesOpsDbContext>(Configure);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IHealthRecomputeQueue>(recompute);
        services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        services.AddScoped<ICurrentUser>(_ =>
        {
            var user = new CurrentUser();
            user.Set(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, OpsEmail), new Claim(ClaimTypes.Role, role)], "Test")));
            return user;
        });
        services.AddScoped(sp => ServiceAccess.Wrap<ICrmConfigurationService>(
            new CrmConfigurationService(
                sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<ICrmConfigurationProvider>(),
                sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IHealthRecomputeQueue>(), new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ICurrentUser>()));
        return clock;
    }

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<SalesOpsDbContext>(Configure).BuildServiceProvider();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        Account Account(string name, int activities, bool meeting)
        {
            var account = new Account
            {
                Name = name, Domain = name.ToLowerInvariant() + ".example", Segment = Segment.MidMarket, Plan = "Business", Arr = 50_000m,
                ContractStart = today.AddYears(-1), RenewalDate = today.AddDays(300), Lifecycle = Lifecycle.Active,
                CreatedAt = Now.AddYears(-1), UpdatedAt = Now.AddYears(-1),
            };
            for (var i = 0; i < activities; i++)
            {
                account.Activities.Add(new Activity
                {
                    Type = meeting && i == 0 ? ActivityType.Meeting : ActivityType.Call, Subject = $"Activity {i}", OccurredAt = Now.AddDays(-3 - i),
                });
            }

            return account;
        }

        // Engagement alone: a recent meeting and 6 activities score 100; 3 calls score 50 (half the activity target); nothing scores 0.
        db.Accounts.AddRange(Account("Fresh", 6, meeting: true), Account("Steady", 3, meeting: false), Account("Quiet", 0, meeting: false));
        var first = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 75 } };
        db.ConfigurationVersions.Add(new CrmConfigurationVersion
        {
            Version = 1, Json = JsonSerializer.Serialize(first, CrmConfigurationProvider.Json), CreatedAt = FirstSavedAt, CreatedBy = OpsEmail,
            Comment = FirstComment,
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _services?.Dispose();
        _directory.Dispose();
    }
}
