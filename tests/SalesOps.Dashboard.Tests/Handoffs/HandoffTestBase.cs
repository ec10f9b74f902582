using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Deals;
using SalesOps.Services.Events;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>
/// The handoff pages over a seeded SQLite file with the app's own handoff registration (services behind their
/// authorizing proxy), acting as one signed-in person; the clock is fake and stands at the seed's "now", the mail
/// edge is <see cref="FakeMailSender"/>. Tests that write start handoffs of their own by winning a fresh deal.
/// </summary>
public abstract class HandoffTestBase : MudTestBase
{
    public const string SalesEmail = "sales@demo.salesops.example";

    protected HandoffTestBase(SeededDatabase database, string role = AppRoles.Sales, string userName = SalesEmail)
    {
        Database = database;
        Clock = new FakeTimeProvider(SeededDatabase.Now);
        Services.AddSingleton<IMailSender>(Mail);
        Services.AddDbContextFactory<SalesOpsDbContext>(database.Configure);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        Services.AddScoped<ICurrentUser>(_ => User(role, userName));
        Services.AddHandoffServices();
        Services.AddAuthorizedScoped<IAccountService, AccountService>();
        Services.AddScoped<IAnalyticsService>(sp => new AnalyticsService(
            sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICrmConfigurationProvider>()));

        var policies = Policies.Roles.Where(p => p.Value.Contains(role)).Select(p => p.Key).ToArray();
        this.AddAuthorization().SetAuthorized(userName).SetRoles(role).SetPolicies(policies);
    }

    protected SeededDatabase Database { get; }

    protected FakeTimeProvider Clock { get; }

    protected FakeMailSender Mail { get; } = new();

    // Arranging publishes on a bus of its own, so that a page under test does not reload because of its own arrangement.
    private static IEventBus ArrangeEvents => new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);

    /// <summary>The handoff service for arranging data, acting as sales (not the page's instance).</summary>
    private protected HandoffService Arrange() =>
        new(Database.ContextFactory, new CrmConfigurationProvider(Database.ContextFactory), Mail, User(AppRoles.Sales, SalesEmail), ArrangeEvents, Clock);

    protected static CurrentUser User(string role, string name)
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test")));
        return user;
    }

    /// <summary>Wins a fresh new-business deal (on an account with a CSM and contacts with e-mail) and returns its handoff.</summary>
    protected async Task<HandoffDetails> NewHandoffAsync(string dealName)
    {
        Opportunity deal;
        await using (var db = Database.CreateContext())
        {
            var account = await db.Accounts.AsNoTracking().Where(a => a.CsmId != null && a.Contacts.Count(c => c.Email != null) >= 2)
                .OrderBy(a => a.Id).FirstAsync();
            var owner = await db.TeamMembers.AsNoTracking().Where(t => t.Role == TeamRole.Sales).OrderBy(t => t.Id).FirstAsync();
            var now = Clock.GetUtcNow();
            deal = new Opportunity
            {
                AccountId = account.Id, Name = dealName, Type = OpportunityType.NewBusiness, Stage = OpportunityStage.Negotiation, Amount = 48_000m,
                CloseDate = DateOnly.FromDateTime(now.UtcDateTime), OwnerId = owner.Id, CreatedAt = now.AddDays(-30), UpdatedAt = now.AddDays(-1),
            };
            db.Opportunities.Add(deal);
            await db.SaveChangesAsync();
        }

        var deals = new DealService(Database.ContextFactory, new CrmConfigurationProvider(Database.ContextFactory), User(AppRoles.Sales, SalesEmail), ArrangeEvents, Clock);
        var won = await deals.ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);
        Assert.True(won.Succeeded, won.Error);
        return (await Arrange().GetAsync(won.HandoffId!.Value))!;
    }

    /// <summary>A fresh handoff moved on to <paramref name="stage"/> through the service, with what each earlier stage needs.</summary>
    protected async Task<HandoffDetails> NewHandoffAtAsync(string dealName, HandoffStage stage)
    {
        var handoff = await NewHandoffAsync(dealName);
        var service = Arrange();
        if (stage >= HandoffStage.InformationTransfer)
        {
            var input = InputOf(handoff) with
            {
                KickoffAt = SeededDatabase.Now.AddDays(5),
                Items = new Dictionary<string, ItemInput> { ["deal_closed"] = new(true), ["contract_signed"] = new(true) },
            };
            handoff = Saved(await service.CompleteStageAsync(handoff.Id, input, handoff.Version));
        }

        if (stage >= HandoffStage.PostHandoff)
        {
            var contact = handoff.AccountContacts.First(c => c.Email is not null);
            var input = InputOf(handoff) with
            {
                GoalsAndUseCase = "Replace spreadsheets for finance reporting.",
                TechnicalRequirements = "SSO with Okta",
                Deliverables = [new DeliverableInput(null, "Admin training", DateOnly.FromDateTime(SeededDatabase.Now.UtcDateTime).AddDays(14))],
                Stakeholders = [new StakeholderInput(contact.Id, ContactRole.DecisionMaker, true)],
            };
            handoff = Saved(await service.CompleteStageAsync(handoff.Id, input, handoff.Version));
        }

        Assert.Equal(stage, handoff.Stage);
        return handoff;
    }

    protected static HandoffInput InputOf(HandoffDetails h) => new()
    {
        CsmId = h.CsmId, KickoffAt = h.KickoffAt, GoalsAndUseCase = h.GoalsAndUseCase, TechnicalRequirements = h.TechnicalRequirements,
        SpecialTerms = h.SpecialTerms, NextSteps = h.NextSteps, TransitionMeetingAt = h.TransitionMeetingAt, SalesInvolvedUntil = h.SalesInvolvedUntil,
        Deliverables = [.. h.Deliverables.Select(d => new DeliverableInput(d.Id, d.Description, d.DueDate, d.DeliveredAt is not null))],
        Stakeholders = [.. h.Stakeholders.Select(s => new StakeholderInput(s.ContactId, s.Role, s.IsDecisionMaker))],
        Items = h.Items.Where(i => !i.Bound).ToDictionary(i => i.Key, i => new ItemInput(i.Done, i.Value)),
    };

    private static HandoffDetails Saved(HandoffResult result)
    {
        Assert.True(result.Succeeded, result.Message);
        return result.Handoff!;
    }

    /// <summary>The handoff as the database holds it now.</summary>
    protected async Task<Handoff> StoredAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Handoffs.AsNoTracking().Include(h => h.Items).Include(h => h.Deliverables).Include(h => h.Stakeholders)
            .SingleAsync(h => h.Id == id);
    }

    protected IRenderedComponent<HandoffWizard> RenderWizard(int id)
    {
        var cut = Render<HandoffWizard>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("[data-testid=handoff-header]");
        return cut;
    }

    /// <summary>What an input or text area holds.</summary>
    protected static string ValueOf(AngleSharp.Dom.IElement input) => (input.GetAttribute("value") ?? input.TextContent).Trim();

    /// <summary>The error text MudBlazor shows under the input with id <paramref name="inputId"/>.</summary>
    protected static string ErrorUnder(IRenderedComponent<HandoffWizard> cut, string inputId)
    {
        var control = cut.Find($"#{inputId}").Closest(".mud-input-control") ?? throw new InvalidOperationException($"No input control around #{inputId}.");
        return control.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }
}
