using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>
/// Two hand-built accounts with known tickets, usage, activities, signals, revenue and renewal deals, and the inputs
/// worked out by hand as of now (<see cref="TestClock.Now"/>) and as of 50 days earlier.
/// </summary>
public static class HealthInputsDataset
{
    public static readonly DateTimeOffset Now = TestClock.Now;
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly DateTimeOffset FiftyDaysAgo = Now.AddDays(-50);

    public static readonly HealthInputs BusyNow = new()
    {
        SeatsUsed = 45, SeatsLicensed = 50, ActiveUsers = 35, AdvancedFeatureUsers = 12,
        EscalationsLast90Days = 2, HasOpenEscalation = true, OpenTickets = 2,
        DaysSinceLastMeeting = 12, ActivitiesLast90Days = 3,
        CsatLast90Days = 66.7m, LatestSignalSentiment = Sentiment.Negative,
        Arr = 105_000m, NetArrChange12Months = 20_000m, DaysToRenewal = 60, RenewalStage = OpportunityStage.Negotiation,
    };

    public static readonly DateTimeOffset BusyOpenEscalationSince = Now.AddDays(-5);

    public static readonly HealthInputs BusyFiftyDaysAgo = new()
    {
        EscalationsLast90Days = 2, HasOpenEscalation = false, OpenTickets = 0,
        DaysSinceLastMeeting = 50, ActivitiesLast90Days = 2,
        CsatLast90Days = 100m,
        Arr = 115_000m, NetArrChange12Months = 30_000m, DaysToRenewal = 110, RenewalStage = OpportunityStage.Prospecting,
    };

    public static readonly HealthInputs QuietNow = new() { ActivitiesLast90Days = 0, Arr = 20_000m, DaysToRenewal = 200 };

    /// <summary>Writes the two accounts and returns their ids (busy, quiet).</summary>
    public static async Task<(int Busy, int Quiet)> WriteAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var busy = new Account
        {
            Name = $"Busy {suffix}", Domain = $"busy-{suffix}.example", Arr = 105_000m,
            ContractStart = new DateOnly(2024, 5, 1), RenewalDate = Today.AddDays(60), Lifecycle = Lifecycle.Active,
            CreatedAt = Now.AddYears(-2), UpdatedAt = Now,
        };
        var quiet = new Account
        {
            Name = $"Quiet {suffix}", Domain = $"quiet-{suffix}.example", Arr = 20_000m,
            ContractStart = Today.AddDays(-165), RenewalDate = Today.AddDays(200), Lifecycle = Lifecycle.Active,
            CreatedAt = Now.AddDays(-165), UpdatedAt = Now,
        };

        // Usage: the latest week inside the 30 days counts; older and future weeks do not.
        busy.Usage.Add(Usage(-35, 10, 50, 5, 1));
        busy.Usage.Add(Usage(-14, 40, 50, 30, 9));
        busy.Usage.Add(Usage(-7, 45, 50, 35, 12));
        busy.Usage.Add(Usage(7, 50, 50, 50, 50));

        busy.Tickets.Add(Ticket(created: -100, solved: -95, SatisfactionRating.Good, escalated: -99));
        busy.Tickets.Add(Ticket(created: -60, solved: -50, SatisfactionRating.Good, escalated: -59));
        busy.Tickets.Add(Ticket(created: -40, solved: -10, SatisfactionRating.Bad));
        busy.Tickets.Add(Ticket(created: -20, solved: null, SatisfactionRating.NotOffered, escalated: -5));
        busy.Tickets.Add(Ticket(created: -10, solved: null, SatisfactionRating.NotOffered));
        busy.Tickets.Add(Ticket(created: -3, solved: -1, SatisfactionRating.Good));
        busy.Tickets.Add(Ticket(created: -30, solved: -2, SatisfactionRating.Offered));

        busy.Activities.Add(Activity(ActivityType.Meeting, -100));
        busy.Activities.Add(Activity(ActivityType.Meeting, -12));
        busy.Activities.Add(Activity(ActivityType.Call, -30));
        busy.Activities.Add(Activity(ActivityType.Email, -95));
        busy.Activities.Add(Activity(ActivityType.Note, -1));

        busy.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.New, Date = new DateOnly(2024, 5, 1), Amount = 80_000m });
        busy.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Expansion, Date = new DateOnly(2024, 9, 1), Amount = 5_000m });
        busy.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Renewal, Date = new DateOnly(2025, 5, 1), Amount = 85_000m });
        busy.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Expansion, Date = Today.AddDays(-100), Amount = 30_000m });
        busy.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Contraction, Date = Today.AddDays(-30), Amount = 10_000m });

        // Renewal deals: last year's (closed long ago), this year's in negotiation (opened 20 days ago), a lost one
        // right on the date, and a far-off prospect that existed 50 days ago.
        busy.Opportunities.Add(Renewal(OpportunityStage.ClosedWon, new DateOnly(2025, 5, 1), createdDaysAgo: 400));
        busy.Opportunities.Add(Renewal(OpportunityStage.Negotiation, Today.AddDays(54), createdDaysAgo: 20));
        busy.Opportunities.Add(Renewal(OpportunityStage.ClosedLost, Today.AddDays(60), createdDaysAgo: 10));
        busy.Opportunities.Add(Renewal(OpportunityStage.Prospecting, Today.AddDays(121), createdDaysAgo: 200));

        await using var db = database.CreateContext();
        db.Accounts.AddRange(busy, quiet);
        await db.SaveChangesAsync();
        db.ExpansionSignals.Add(Signal(busy.Id, -40, Sentiment.Positive));
        db.ExpansionSignals.Add(Signal(busy.Id, -5, Sentiment.Negative));
        await db.SaveChangesAsync();
        return (busy.Id, quiet.Id);
    }

    private static UsageSnapshot Usage(int days, int seatsUsed, int licensed, int active, int advanced) => new()
    {
        PeriodStart = Today.AddDays(days), SeatsUsed = seatsUsed, SeatsLicensed = licensed, ActiveUsers = active,
        AdvancedFeatureUsers = advanced, ApiCallLimit = 1000, StorageLimitGb = 10,
    };

    private static SupportTicket Ticket(int created, int? solved, SatisfactionRating satisfaction, int? escalated = null) => new()
    {
        Subject = $"Ticket created {created} days ago",
        Priority = TicketPriority.Normal,
        Status = solved is null ? TicketStatus.Open : TicketStatus.Solved,
        CreatedAt = Now.AddDays(created),
        UpdatedAt = Now.AddDays(solved ?? created),
        SolvedAt = solved is { } s ? Now.AddDays(s) : null,
        Satisfaction = satisfaction,
        EscalatedAt = escalated is { } e ? Now.AddDays(e) : null,
        EscalationReason = escalated is null ? null : "Outage",
    };

    private static Activity Activity(ActivityType type, int days) => new() { Type = type, Subject = type.ToString(), OccurredAt = Now.AddDays(days) };

    private static Opportunity Renewal(OpportunityStage stage, DateOnly close, int createdDaysAgo) => new()
    {
        Name = $"Renewal {close}", Type = OpportunityType.Renewal, Stage = stage, Amount = 100_000m, CloseDate = close,
        CreatedAt = Now.AddDays(-createdDaysAgo), UpdatedAt = Now,
    };

    private static ExpansionSignal Signal(int accountId, int days, Sentiment sentiment) => new()
    {
        AccountId = accountId, Trigger = ExpansionTrigger.HighSatisfaction, Source = SignalSource.Logged,
        Status = SignalStatus.Logged, Sentiment = sentiment, LoggedAt = Now.AddDays(days),
    };
}
