using SalesOps.Core.Domain;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>
/// A small hand-made portfolio with known health (as the snapshot job would leave it), so every dashboard number can
/// be worked out by hand. "Today" is <see cref="TestClock.Now"/> (2 March 2026).
/// <list type="bullet">
/// <item>Alpha, Inc. — Enterprise, $100,000, renews in 30 days, score 30 At risk, at stake $60,000; at risk (band, renewal).</item>
/// <item>Bravo — Mid-Market, $50,000, renews in 200 days, score 55 Watch, at stake $15,000; at risk (score drop).</item>
/// <item>Charlie — SMB, $20,000, renews in 60 days, score 80 Healthy, at stake $2,000; at risk (open escalation).</item>
/// <item>Delta — Enterprise, $200,000, renews in 400 days, score 90 Healthy, at stake $20,000; not at risk.</item>
/// <item>Echo — SMB, $10,000, renews in 10 days, not scored yet.</item>
/// <item>Foxtrot — churned, $70,000, score 20 At risk: left out of every portfolio number.</item>
/// </list>
/// </summary>
public sealed class HealthAnalyticsDataset
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);

    public const string AlphaBandReason = "Health score 30 is in the At risk band";
    public const string AlphaRenewalReason = "Renews in 30 days while At risk";
    public const string BravoDropReason = "Health fell 20 points in 30 days (from 75 to 55)";
    public const string CharlieEscalationReason = "Escalation open since 20 Feb 2026";

    public int Alpha { get; private set; }
    public int Bravo { get; private set; }
    public int Charlie { get; private set; }
    public int Delta { get; private set; }
    public int Echo { get; private set; }
    public int Foxtrot { get; private set; }
    public int Casey { get; private set; }
    public int Dana { get; private set; }
    public int Olive { get; private set; }
    public int Pat { get; private set; }

    public static async Task<HealthAnalyticsDataset> CreateAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var set = new HealthAnalyticsDataset();
        await using var db = database.CreateContext();
        var casey = new TeamMember { Name = "Casey Csm", Email = "casey@example.test", Role = TeamRole.Success };
        var dana = new TeamMember { Name = "Dana Csm", Email = "dana@example.test", Role = TeamRole.Success };
        var olive = new TeamMember { Name = "Olive Ae", Email = "olive@example.test", Role = TeamRole.Sales };
        var pat = new TeamMember { Name = "Pat Ae", Email = "pat@example.test", Role = TeamRole.Sales };
        db.TeamMembers.AddRange(casey, dana, olive, pat);

        var alpha = Account("Alpha, Inc.", Segment.Enterprise, 100_000m, 30, casey, olive, Health(30, HealthBand.AtRisk, 80, true, 60_000m));
        var bravo = Account("Bravo", Segment.MidMarket, 50_000m, 200, dana, olive, Health(55, HealthBand.Watch, 70, true, 15_000m));
        var charlie = Account("Charlie", Segment.Smb, 20_000m, 60, casey, pat, Health(80, HealthBand.Healthy, 90, true, 2_000m));
        charlie.Support.HasOpenEscalation = true;
        var delta = Account("Delta", Segment.Enterprise, 200_000m, 400, dana, pat, Health(90, HealthBand.Healthy, 100, false, 20_000m));
        var echo = Account("Echo", Segment.Smb, 10_000m, 10, null, olive, new CurrentHealth());
        var foxtrot = Account("Foxtrot", Segment.MidMarket, 70_000m, 20, casey, olive, Health(20, HealthBand.AtRisk, 60, true, 42_000m));
        foxtrot.Lifecycle = Lifecycle.Churned;
        db.Accounts.AddRange(alpha, bravo, charlie, delta, echo, foxtrot);
        await db.SaveChangesAsync();

        var now = TestClock.Now;
        db.SupportTickets.AddRange(
            new SupportTicket { AccountId = charlie.Id, Subject = "Outage", Status = TicketStatus.Open, CreatedAt = now.AddDays(-11), UpdatedAt = now.AddDays(-10), EscalatedAt = now.AddDays(-10) },
            new SupportTicket { AccountId = alpha.Id, Subject = "Old outage", Status = TicketStatus.Solved, CreatedAt = now.AddDays(-50), UpdatedAt = now.AddDays(-40), EscalatedAt = now.AddDays(-49), SolvedAt = now.AddDays(-40) },
            new SupportTicket { AccountId = delta.Id, Subject = "Question", Status = TicketStatus.Open, CreatedAt = now.AddDays(-2), UpdatedAt = now.AddDays(-2) });
        db.ExpansionSignals.AddRange(
            new ExpansionSignal { AccountId = delta.Id, Status = SignalStatus.Logged, LoggedAt = now.AddDays(-3) },
            new ExpansionSignal { AccountId = alpha.Id, Status = SignalStatus.Dismissed, LoggedAt = now.AddDays(-20), ClosedAt = now.AddDays(-5) });

        // Alpha: the latest snapshot explains itself; an older one carries a different reason that must not be read.
        db.HealthSnapshots.AddRange(
            Snapshot(alpha.Id, -100, 60, HealthBand.Watch, new(50, 90, 60, 60, 40)),
            Snapshot(alpha.Id, -35, 45, HealthBand.Watch, new(30, 80, 60, 55, 35)),
            Snapshot(alpha.Id, -7, 40, HealthBand.Watch, new(28, 60, 50, 52, 32), reasons: """[{"rule":"ScoreDrop","text":"An old reason"}]"""),
            Snapshot(alpha.Id, 0, 30, HealthBand.AtRisk, new(25, 40, null, 50, 30),
                reasons: $$"""[{"rule":"AtRiskBand","text":"{{AlphaBandReason}}"},{"rule":"RenewalSoonNotHealthy","text":"{{AlphaRenewalReason}}"}]""",
                explanation: """
                    [{"component":"ProductAdoption","score":25,"used":["seat utilisation 34 % of 200 seats"],"missing":[]},
                     {"component":"SupportExperience","score":40,"used":["2 escalations in 90 days","1 open escalation"],"missing":[]},
                     {"component":"Engagement","score":null,"used":[],"missing":["meetings","activities"]},
                     {"component":"Sentiment","score":50,"used":["CSAT 50 % over 90 days"],"missing":["customer sentiment"]},
                     {"component":"Commercial","score":30,"used":["ARR −10 % over 12 months"],"missing":[]}]
                    """),
            Snapshot(bravo.Id, -35, 75, HealthBand.Healthy, new(80, 70, 70, 70, 80)),
            Snapshot(bravo.Id, -7, 60, HealthBand.Watch, new(60, 60, 60, 60, 60)),
            Snapshot(bravo.Id, 0, 55, HealthBand.Watch, new(55, 55, 55, 55, 55), reasons: $$"""[{"rule":"ScoreDrop","text":"{{BravoDropReason}}"}]"""),
            Snapshot(charlie.Id, -7, 82, HealthBand.Healthy, new(82, 82, 82, 82, 82)),
            Snapshot(charlie.Id, 0, 80, HealthBand.Healthy, new(80, 80, 80, 80, 80), reasons: $$"""[{"rule":"OpenEscalation","text":"{{CharlieEscalationReason}}"}]"""),
            Snapshot(delta.Id, -35, 88, HealthBand.Healthy, new(88, 88, 88, 88, 88)),
            Snapshot(delta.Id, 0, 90, HealthBand.Healthy, new(90, 90, 90, 90, 90)),
            Snapshot(foxtrot.Id, 0, 20, HealthBand.AtRisk, new(20, 20, 20, 20, 20), reasons: """[{"rule":"AtRiskBand","text":"Health score 20 is in the At risk band"}]"""));
        await db.SaveChangesAsync();

        set.Alpha = alpha.Id;
        set.Bravo = bravo.Id;
        set.Charlie = charlie.Id;
        set.Delta = delta.Id;
        set.Echo = echo.Id;
        set.Foxtrot = foxtrot.Id;
        set.Casey = casey.Id;
        set.Dana = dana.Id;
        set.Olive = olive.Id;
        set.Pat = pat.Id;
        return set;
    }

    private static Account Account(string name, Segment segment, decimal arr, int renewsInDays, TeamMember? csm, TeamMember owner, CurrentHealth health) => new()
    {
        Name = name,
        Domain = name.Split(',')[0].ToLowerInvariant() + ".example",
        Industry = "Software",
        Segment = segment,
        Plan = "Business",
        Arr = arr,
        ContractStart = Today.AddYears(-1),
        RenewalDate = Today.AddDays(renewsInDays),
        Lifecycle = Lifecycle.Active,
        Csm = csm,
        Owner = owner,
        CreatedAt = TestClock.Now.AddYears(-1),
        UpdatedAt = TestClock.Now.AddYears(-1),
        Health = health,
    };

    private static CurrentHealth Health(int score, HealthBand band, int confidence, bool atRisk, decimal atStake) => new()
    {
        Score = score,
        Band = band,
        Confidence = confidence,
        IsAtRisk = atRisk,
        ArrAtStake = atStake,
        ComputedAt = TestClock.Now.AddHours(-3),
    };

    private static HealthSnapshot Snapshot(int accountId, int daysFromToday, int score, HealthBand band, Components c, string reasons = "[]", string explanation = "[]") => new()
    {
        AccountId = accountId,
        Date = Today.AddDays(daysFromToday),
        Score = score,
        Band = band,
        Confidence = 80,
        ProductAdoption = c.ProductAdoption,
        SupportExperience = c.SupportExperience,
        Engagement = c.Engagement,
        Sentiment = c.Sentiment,
        Commercial = c.Commercial,
        IsAtRisk = reasons != "[]",
        Arr = 0m,
        Explanation = explanation,
        AtRiskReasons = reasons,
        ComputedAt = TestClock.Now.AddDays(daysFromToday),
    };

    private sealed record Components(int? ProductAdoption, int? SupportExperience, int? Engagement, int? Sentiment, int? Commercial);
}
