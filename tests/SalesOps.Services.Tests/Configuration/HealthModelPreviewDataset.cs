using SalesOps.Core.Domain;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>
/// Six customers whose health can be worked out by hand, plus two the preview must leave out. Only two components have
/// inputs: product adoption (the latest usage week) and engagement (activities); no tickets, signals or revenue
/// movements, and renewals 300 days away, so support, sentiment and commercial are not scored. Under the default
/// model the score is (30 × adoption + 20 × engagement) / 50.
/// <list type="table">
/// <item><term>Apex</term><description>$120,000; adoption 100, engagement 100 → 100 Healthy.</description></item>
/// <item><term>Birch</term><description>$80,000; adoption 75, engagement 100 → 85 Healthy.</description></item>
/// <item><term>Cedar</term><description>$50,000; adoption 75, engagement 0 → 45 Watch.</description></item>
/// <item><term>Dune</term><description>$40,000; adoption 100, engagement 0 → 60 Watch; scored 80 thirty days ago, so at risk (fell 20).</description></item>
/// <item><term>Elm</term><description>$10,000; no usage, engagement 0 → 0 At risk.</description></item>
/// <item><term>Fir</term><description>$30,000; no usage, engagement 100 → 100 Healthy.</description></item>
/// <item><term>Gale</term><description>churned: left out.</description></item>
/// <item><term>Haze</term><description>contract starts next month: left out.</description></item>
/// </list>
/// Adoption 100: 80 of 100 seats used, 56 of them active (70 %), 17 on advanced features (30 %+). Adoption 75: 40 of
/// 100 seats (half the 80 % target), 28 active (70 %), 9 advanced. Engagement 100: a meeting 10 days ago and 6
/// activities in 90 days; engagement 0: no activity at all.
/// </summary>
public sealed class HealthModelPreviewDataset
{
    public static readonly DateTimeOffset Now = TestClock.Now;
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public int Apex { get; private set; }
    public int Birch { get; private set; }
    public int Cedar { get; private set; }
    public int Dune { get; private set; }
    public int Elm { get; private set; }
    public int Fir { get; private set; }
    public int Gale { get; private set; }

    public static async Task<HealthModelPreviewDataset> CreateAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var apex = Account("Apex", 120_000m, usage: Full, engaged: true);
        var birch = Account("Birch", 80_000m, usage: Half, engaged: true);
        var cedar = Account("Cedar", 50_000m, usage: Half, engaged: false);
        var dune = Account("Dune", 40_000m, usage: Full, engaged: false);
        var elm = Account("Elm", 10_000m, usage: null, engaged: false);
        var fir = Account("Fir", 30_000m, usage: null, engaged: true);
        var gale = Account("Gale", 70_000m, usage: Full, engaged: true);
        gale.Lifecycle = Lifecycle.Churned;
        var haze = Account("Haze", 20_000m, usage: null, engaged: true);
        haze.ContractStart = Today.AddMonths(1);

        await using var db = database.CreateContext();
        db.Accounts.AddRange(apex, birch, cedar, dune, elm, fir, gale, haze);
        await db.SaveChangesAsync();
        db.HealthSnapshots.Add(new HealthSnapshot
        {
            AccountId = dune.Id, Date = Today.AddDays(-30), Score = 80, Band = HealthBand.Healthy, Confidence = 100,
            Explanation = "[]", AtRiskReasons = "[]", ComputedAt = Now.AddDays(-30),
        });
        await db.SaveChangesAsync();
        return new HealthModelPreviewDataset
        {
            Apex = apex.Id, Birch = birch.Id, Cedar = cedar.Id, Dune = dune.Id, Elm = elm.Id, Fir = fir.Id, Gale = gale.Id,
        };
    }

    private static readonly (int Used, int Active, int Advanced) Full = (80, 56, 17);
    private static readonly (int Used, int Active, int Advanced) Half = (40, 28, 9);

    private static Account Account(string name, decimal arr, (int Used, int Active, int Advanced)? usage, bool engaged)
    {
        var account = new Account
        {
            Name = name, Domain = name.ToLowerInvariant() + ".example", Industry = "Software", Segment = Segment.MidMarket, Plan = "Business",
            Arr = arr, ContractStart = Today.AddDays(-65).AddYears(-1), RenewalDate = Today.AddDays(300), Lifecycle = Lifecycle.Active,
            CreatedAt = Now.AddYears(-1), UpdatedAt = Now.AddYears(-1),
        };
        if (usage is { } u)
        {
            account.Usage.Add(new UsageSnapshot
            {
                PeriodStart = Today.AddDays(-7), SeatsLicensed = 100, SeatsUsed = u.Used, ActiveUsers = u.Active, AdvancedFeatureUsers = u.Advanced,
                ApiCallLimit = 1000, StorageLimitGb = 10,
            });
        }

        if (engaged)
        {
            account.Activities.Add(new Activity { Type = ActivityType.Meeting, Subject = "Check-in", OccurredAt = Now.AddDays(-10) });
            for (var i = 1; i <= 5; i++)
            {
                account.Activities.Add(new Activity { Type = ActivityType.Call, Subject = $"Call {i}", OccurredAt = Now.AddDays(-5 * i) });
            }
        }

        return account;
    }
}
