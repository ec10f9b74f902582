using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Core.Tests.Expansion;

public class TriggerDetectorTests
{
    private static readonly ExpansionSettings Defaults = new();

    private static UsageFacts Usage(int seatsUsed = 100, int seats = 200, long api = 0, long apiLimit = 1_000_000, decimal storage = 10, int storageLimit = 100,
        int active = 100, int advanced = 5, int departments = 1, int atLimit = 0) =>
        new(seatsUsed, seats, api, apiLimit, storage, storageLimit, active, advanced, departments, atLimit);

    private static IReadOnlyList<ExpansionTrigger> Fired(UsageFacts usage) => [.. TriggerDetector.Detect(usage, Defaults).Select(t => t.Trigger)];

    [Theory]
    [InlineData(169, false)]
    [InlineData(170, true)]
    [InlineData(188, true)]
    public void Seats_fire_from_85_percent_of_the_plan(int used, bool fires)
    {
        Assert.Equal(fires, Fired(Usage(seatsUsed: used)).Contains(ExpansionTrigger.ApproachingPlanLimits));
    }

    [Fact]
    public void The_evidence_names_the_numbers_of_every_limit_reached()
    {
        var detected = Assert.Single(TriggerDetector.Detect(Usage(seatsUsed: 188, api: 900_000), Defaults));

        Assert.Equal("seats 188 of 200 (94 %); API calls this month 900,000 of 1,000,000 (90 %)", detected.Evidence);
    }

    [Theory]
    [InlineData(84.9, false)]
    [InlineData(85, true)]
    public void Storage_counts_as_a_plan_limit(double usedGb, bool fires)
    {
        Assert.Equal(fires, Fired(Usage(storage: (decimal)usedGb)).Contains(ExpansionTrigger.ApproachingPlanLimits));
    }

    [Fact]
    public void A_plan_without_a_limit_never_fires_for_it()
    {
        Assert.Empty(Fired(Usage(seatsUsed: 5, seats: 0, apiLimit: 0, storageLimit: 0)));
    }

    [Theory]
    [InlineData(100, 39, false)]
    [InlineData(100, 40, true)]
    [InlineData(20, 9, false)]
    [InlineData(20, 10, true)]
    public void Advanced_features_need_the_share_and_the_minimum_number_of_users(int active, int advanced, bool fires)
    {
        Assert.Equal(fires, Fired(Usage(active: active, advanced: advanced)).Contains(ExpansionTrigger.HighAdvancedFeatureEngagement));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Three_departments_fire(int departments, bool fires)
    {
        var detected = TriggerDetector.Detect(Usage(departments: departments), Defaults);

        Assert.Equal(fires, detected.Any(t => t.Trigger == ExpansionTrigger.MultipleDepartments));
        if (fires)
        {
            Assert.Equal("3 departments using the product", detected.Single(t => t.Trigger == ExpansionTrigger.MultipleDepartments).Evidence);
        }
    }

    [Theory]
    [InlineData(100, 4, false)]
    [InlineData(100, 5, true)]
    [InlineData(20, 2, true)]
    [InlineData(30, 2, false)]
    [InlineData(0, 0, false)]
    public void Power_users_at_their_limit_fire_by_count_or_share(int active, int atLimit, bool fires)
    {
        Assert.Equal(fires, Fired(Usage(active: active, advanced: 0, atLimit: atLimit)).Contains(ExpansionTrigger.PowerUsersMaxedOut));
    }

    [Fact]
    public void Thresholds_come_from_the_configuration()
    {
        var stricter = Defaults with { PlanLimitPercent = 95, MinDepartments = 5 };

        Assert.Empty(TriggerDetector.Detect(Usage(seatsUsed: 188, departments: 4), stricter));
    }

    [Fact]
    public void Bad_thresholds_are_named()
    {
        var errors = (Defaults with { PlanLimitPercent = 0, MinDepartments = 0, AcknowledgementSlaBusinessDays = 0 }).Validate().Select(e => e.Field).ToList();

        Assert.Equal(["expansion.plan_limit_percent", "expansion.min_departments", "expansion.acknowledgement_sla_business_days"], errors);
    }
}
