using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Wall;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Security;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>
/// The wall's island over the demo company in SQLite, with the real gate, analytics and event bus, and a fake clock
/// (the only fake) starting at <see cref="SeededDatabase.Now"/>: 09:30 UTC, a whole number of every rotation's
/// cycles since 1970, so each rotation starts on its first panel.
/// </summary>
public abstract class WallTestBase : MudTestBase
{
    protected WallTestBase(IDbContextFactory<SalesOpsDbContext> contextFactory)
    {
        ContextFactory = contextFactory;
        Clock = new FakeTimeProvider(SeededDatabase.Now);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(contextFactory);
        Services.AddScoped(_ => Analytics());
        Services.AddScoped<IWallDisplayGate>(sp => new WallDisplayGate(contextFactory, Clock, sp.GetRequiredService<AnalyticsService>()));
    }

    protected IDbContextFactory<SalesOpsDbContext> ContextFactory { get; }

    protected FakeTimeProvider Clock { get; }

    /// <summary>The analytics the wall reads, for the expected figures.</summary>
    protected AnalyticsService Analytics() => new(ContextFactory, Clock, new CrmConfigurationProvider(ContextFactory));

    /// <summary>The admin service, as an ops manager, publishing to the same bus the wall listens to.</summary>
    protected WallDisplayService Displays()
    {
        var ops = new CurrentUser();
        ops.Set(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ops@example.test"), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "test")));
        return new WallDisplayService(ContextFactory, Clock, ops, new CrmConfigurationProvider(ContextFactory), Services.GetRequiredService<IEventBus>());
    }

    /// <summary>A new display token; <paramref name="rotation"/> names a configured rotation (null: the default).</summary>
    protected async Task<(string Token, int Id)> CreateDisplayAsync(string name, string? rotation = null, DateTimeOffset? expiresAt = null)
    {
        var created = await Displays().CreateAsync(name, expiresAt);
        Assert.True(created.Succeeded, created.Error);
        if (rotation is not null)
        {
            var set = await Displays().SetRotationAsync(created.Info!.Id, rotation);
            Assert.True(set.Succeeded, set.Error);
        }

        return (created.Token!, created.Info!.Id);
    }

    protected IRenderedComponent<WallDisplay> RenderWall(string token)
    {
        var cut = Render<WallDisplay>(p => p.Add(w => w.Token, token));
        cut.WaitForElement("[data-testid=wall-panel]");
        return cut;
    }

    /// <summary>The data-panel key of the one panel on screen (the others are in the page, hidden).</summary>
    protected static string CurrentPanel(IRenderedComponent<WallDisplay> cut)
    {
        var shown = cut.FindAll("[data-testid=wall-panel]").Where(p => !p.HasAttribute("hidden")).ToList();
        return Assert.Single(shown).GetAttribute("data-panel")!;
    }

    protected static string Title(IRenderedComponent<WallDisplay> cut) => cut.Find("[data-testid=wall-panel-title]").TextContent.Trim();

    protected static string TileValue(IRenderedComponent<WallDisplay> cut, string testId) =>
        cut.Find($"[data-testid={testId}] .wall-value").TextContent.Trim();

    /// <summary>Logs an expansion signal against the named account, logged <paramref name="ago"/> before now.</summary>
    protected async Task<ExpansionSignal> LogSignalAsync(int accountId, TimeSpan ago)
    {
        await using var db = await ContextFactory.CreateDbContextAsync();
        var signal = new ExpansionSignal
        {
            AccountId = accountId, Trigger = ExpansionTrigger.NeedForMoreCapacity, Source = SignalSource.Logged, Status = SignalStatus.Logged,
            Sentiment = Sentiment.Positive, Context = "Wall test", EstimatedArr = 12_000m, LoggedAt = Clock.GetUtcNow() - ago, Version = Guid.NewGuid(),
        };
        db.ExpansionSignals.Add(signal);
        await db.SaveChangesAsync();
        return signal;
    }
}
