using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Data.Identity;
using SalesOps.Services;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Expansion;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Expansion;

/// <summary>
/// The expansion components over a seeded SQLite file with the app's own expansion registration (the signal service
/// behind its access rules), acting as one signed-in person; the clock is fake and stands at the seed's "now". Tests
/// that write pick accounts of their own (<see cref="AccountAsync"/> with a distinct index).
/// </summary>
public abstract class ExpansionTestBase : MudTestBase
{
    public const string SupportEmail = "support@demo.salesops.example";
    public const string SalesEmail = "sales@demo.salesops.example";

    protected ExpansionTestBase(SeededDatabase database, string role, string userName)
    {
        Database = database;
        Clock = new FakeTimeProvider(SeededDatabase.Now);
        Services.AddSingleton<IMailSender>(Mail);
        Services.AddDbContextFactory<SalesOpsDbContext>(database.Configure);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        Services.AddScoped<ICurrentUser>(_ => User(role, userName));
        Services.AddEventServices();
        Services.AddExpansionServices();
        Services.AddAuthorizedScoped<IAccountService, AccountService>();
        Services.AddScoped<IAnalyticsService>(sp => new AnalyticsService(
            sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICrmConfigurationProvider>()));

        var policies = Policies.Roles.Where(p => p.Value.Contains(role)).Select(p => p.Key).ToArray();
        this.AddAuthorization().SetAuthorized(userName).SetRoles(role).SetPolicies(policies);
    }

    protected SeededDatabase Database { get; }

    protected FakeTimeProvider Clock { get; }

    protected FakeMailSender Mail { get; } = new();

    protected static CurrentUser User(string role, string name)
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test")));
        return user;
    }

    /// <summary>The signal service for arranging data, acting as <paramref name="role"/> (not the component's instance).</summary>
    private protected ExpansionSignalService Arrange(string role = AppRoles.Support, string name = SupportEmail) =>
        new(Database.ContextFactory, new CrmConfigurationProvider(Database.ContextFactory), Mail,
            new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), User(role, name), Clock);

    /// <summary>The <paramref name="index"/>-th account (by id) that has an account manager, with its manager's name.</summary>
    protected async Task<(int Id, string Name, string Manager)> AccountAsync(int index)
    {
        await using var db = Database.CreateContext();
        var a = await db.Accounts.AsNoTracking().Where(x => x.OwnerId != null && x.Lifecycle != Lifecycle.Churned).OrderBy(x => x.Id).Skip(index)
            .Select(x => new { x.Id, x.Name, Manager = x.Owner!.Name }).FirstAsync();
        return (a.Id, a.Name, a.Manager);
    }

    /// <summary>A user record for <paramref name="email"/> linked to the first team member of <paramref name="role"/>, as the demo users are.</summary>
    protected async Task<int> LinkUserAsync(string email, TeamRole role)
    {
        await using var db = Database.CreateContext();
        var member = await db.TeamMembers.AsNoTracking().Where(t => t.Role == role).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        if (!await db.Users.AnyAsync(u => u.UserName == email))
        {
            db.Users.Add(new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = email, TeamMemberId = member, CreatedAt = SeededDatabase.Now,
            });
            await db.SaveChangesAsync();
        }

        return member;
    }

    /// <summary>A signal logged by support on <paramref name="accountId"/>, as the service stores it.</summary>
    protected async Task<SignalView> LogSignalAsync(int accountId, string context, decimal? estimatedArr = null)
    {
        var result = await Arrange().LogAsync(new SignalInput(accountId, ExpansionTrigger.NeedForMoreCapacity, context,
            "We keep hitting the seat limit.", Sentiment.Positive, EstimatedArr: estimatedArr));
        Assert.True(result.Succeeded, result.Message);
        return result.Signal!;
    }

    protected async Task<ExpansionSignal> StoredAsync(int signalId)
    {
        await using var db = Database.CreateContext();
        return await db.ExpansionSignals.AsNoTracking().Include(s => s.Opportunity).SingleAsync(s => s.Id == signalId);
    }

    /// <summary>The error text MudBlazor shows under the input with id <paramref name="inputId"/>.</summary>
    protected static string ErrorUnder(AngleSharp.Dom.IParentNode root, string inputId)
    {
        var input = root.QuerySelector($"#{inputId}") ?? throw new InvalidOperationException($"No #{inputId}.");
        var control = input.Closest(".mud-input-control") ?? throw new InvalidOperationException($"No input control around #{inputId}.");
        // The helper line holds the message and, for counted fields, the character count after it.
        var helper = control.QuerySelector(".mud-input-helper-text.mud-input-error");
        return (helper?.QuerySelector(".me-auto") ?? helper)?.TextContent.Trim() ?? "";
    }
}
