using SalesOps.Services.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Tests.Analytics;

/// <summary>
/// A migrated SQLite file holding three scored accounts (two at risk, with reasons in their latest snapshot) and one
/// not yet scored, as the health job would leave them. With <c>scored: false</c> nothing has been scored yet.
/// </summary>
public class AnalyticsDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    public const string NorthwindBandReason = "Health score 32 is in the At risk band";
    public const string NorthwindRenewalReason = "Renews in 45 days while At risk";
    public const string ContosoEscalationReason = "Escalation open since 20 Feb 2026";

    private readonly TempDirectory _directory = new();
    private readonly bool _scored;
    private ServiceProvider? _services;

    public AnalyticsDatabase()
        : this(scored: true)
    {
    }

    protected AnalyticsDatabase(bool scored) => _scored = scored;

    public int Northwind { get; private set; }
    public int Contoso { get; private set; }

    public string ConnectionString => $"Data Source={_directory.File("analytics.db")}";

    public void Configure(DbContextOptionsBuilder options) => options.UseSalesOpsDatabase(DatabaseProvider.Sqlite, ConnectionString);

    /// <summary>The real services over this file, with a fake clock at <see cref="Now"/>.</summary>
    public void AddServices(IServiceCollection services)
    {
        services.AddDbContextFactory<SalesOpsDbContext>(Configure);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddScoped<IAccountService, AccountService>();
        services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        services.AddScoped<IAnalyticsService>(sp => new AnalyticsService(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICrmConfigurationProvider>()));
    }

    /// <summary>The same service the page uses, for the expected numbers.</summary>
    public AnalyticsService Analytics() =>
        new(_services!.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), new FakeTimeProvider(Now),
            new CrmConfigurationProvider(_services!.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<SalesOpsDbContext>(Configure).BuildServiceProvider();
        await using var db = await _services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var csm = new TeamMember { Name = "Casey Csm", Email = "casey@example.test", Role = TeamRole.Success };
        var owner = new TeamMember { Name = "Olive Ae", Email = "olive@example.test", Role = TeamRole.Sales };
        Account Account(string name, decimal arr, int renewsIn, CurrentHealth health) => new()
        {
            Name = name, Domain = name.ToLowerInvariant() + ".example", Segment = Segment.MidMarket, Plan = "Business", Arr = arr,
            ContractStart = today.AddYears(-1), RenewalDate = today.AddDays(renewsIn), Lifecycle = Lifecycle.Active, Csm = csm, Owner = owner,
            CreatedAt = Now.AddYears(-1), UpdatedAt = Now.AddYears(-1), Health = _scored ? health : new CurrentHealth(),
        };

        var northwind = Account("Northwind", 120_000m, 45, new() { Score = 32, Band = HealthBand.AtRisk, Confidence = 85, IsAtRisk = true, ArrAtStake = 72_000m, ComputedAt = Now });
        var contoso = Account("Contoso", 40_000m, 300, new() { Score = 74, Band = HealthBand.Healthy, Confidence = 90, IsAtRisk = true, ArrAtStake = 4_000m, ComputedAt = Now });
        var fabrikam = Account("Fabrikam", 60_000m, 200, new() { Score = 81, Band = HealthBand.Healthy, Confidence = 100, ArrAtStake = 6_000m, ComputedAt = Now });
        var litware = Account("Litware", 15_000m, 20, new());
        db.Accounts.AddRange(northwind, contoso, fabrikam, litware);
        await db.SaveChangesAsync();
        Northwind = northwind.Id;
        Contoso = contoso.Id;
        if (!_scored)
        {
            return;
        }

        HealthSnapshot Snapshot(int accountId, int daysAgo, int score, HealthBand band, string reasons = "[]") => new()
        {
            AccountId = accountId, Date = today.AddDays(-daysAgo), Score = score, Band = band, Confidence = 80, ProductAdoption = score,
            SupportExperience = score, Engagement = score, Sentiment = score, Commercial = score, IsAtRisk = reasons != "[]",
            AtRiskReasons = reasons, ComputedAt = Now.AddDays(-daysAgo),
        };

        db.HealthSnapshots.AddRange(
            Snapshot(northwind.Id, 14, 50, HealthBand.Watch),
            Snapshot(northwind.Id, 0, 32, HealthBand.AtRisk,
                $$"""[{"rule":"AtRiskBand","text":"{{NorthwindBandReason}}"},{"rule":"RenewalSoonNotHealthy","text":"{{NorthwindRenewalReason}}"}]"""),
            Snapshot(contoso.Id, 0, 74, HealthBand.Healthy, $$"""[{"rule":"OpenEscalation","text":"{{ContosoEscalationReason}}"}]"""),
            Snapshot(fabrikam.Id, 14, 79, HealthBand.Healthy),
            Snapshot(fabrikam.Id, 0, 81, HealthBand.Healthy));
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
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same accounts before the health job has scored any of them.</summary>
public sealed class UnscoredAnalyticsDatabase() : AnalyticsDatabase(scored: false);
