using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Tests.Health;

public class HealthCalculatorTests
{
    private static readonly HealthModelSettings Settings = new();

    /// <summary>An account with every input known and everything going well.</summary>
    private static readonly HealthInputs Thriving = new()
    {
        SeatsUsed = 180, SeatsLicensed = 200, ActiveUsers = 150, AdvancedFeatureUsers = 60,
        EscalationsLast90Days = 0, HasOpenEscalation = false, OpenTickets = 1,
        DaysSinceLastMeeting = 10, ActivitiesLast90Days = 9,
        CsatLast90Days = 95m, LatestSignalSentiment = Sentiment.Enthusiastic,
        Arr = 100_000m, NetArrChange12Months = 25_000m, DaysToRenewal = 200,
    };

    [Fact]
    public void Adoption_scores_utilisation_against_its_target_and_says_so_in_words()
    {
        var result = HealthCalculator.ProductAdoption(new HealthInputs { SeatsUsed = 68, SeatsLicensed = 200, ActiveUsers = 68, AdvancedFeatureUsers = 0 }, Settings);

        // utilisation 34 % of a 80 % target → 0.425 × 0.5; active 100 % → 0.3; advanced 0 → 0
        Assert.Equal(51, result.Score);
        Assert.Contains("seat utilisation 34 % of 200 seats", result.Used);
        Assert.Empty(result.Missing);
        Assert.Equal(1, result.Completeness);
    }

    [Fact]
    public void Adoption_without_usage_has_no_score_and_names_what_is_missing()
    {
        var result = HealthCalculator.ProductAdoption(new HealthInputs(), Settings);

        Assert.Null(result.Score);
        Assert.Equal(0, result.Completeness);
        Assert.Contains("seat utilisation (no usage reported)", result.Missing);
    }

    [Theory]
    [InlineData(0, false, 1, 100)]
    [InlineData(2, false, 1, 60)]
    [InlineData(1, true, 1, 55)]
    [InlineData(5, true, 20, 0)]
    [InlineData(0, false, 6, 80)]
    public void Support_loses_points_for_escalations_open_escalations_and_open_tickets(int escalations, bool open, int openTickets, int expected)
    {
        var result = HealthCalculator.SupportExperience(
            new HealthInputs { EscalationsLast90Days = escalations, HasOpenEscalation = open, OpenTickets = openTickets, SeatsLicensed = 100 }, Settings);

        Assert.Equal(expected, result.Score);
    }

    [Fact]
    public void Support_words_name_the_escalations()
    {
        var result = HealthCalculator.SupportExperience(new HealthInputs { EscalationsLast90Days = 2, HasOpenEscalation = true, OpenTickets = 3 }, Settings);

        Assert.Equal("2 escalations in 90 days, 3 open tickets, an escalation is open", Assert.Single(result.Used));
    }

    [Fact]
    public void Support_without_any_ticket_history_is_missing_not_perfect()
    {
        var result = HealthCalculator.SupportExperience(new HealthInputs(), Settings);

        Assert.Null(result.Score);
        Assert.Equal(0, result.Completeness);
    }

    [Theory]
    [InlineData(10, 100)]
    [InlineData(30, 100)]
    [InlineData(60, 50)]
    [InlineData(90, 0)]
    [InlineData(400, 0)]
    public void Meeting_score_stays_full_while_fresh_then_falls_to_zero_when_cold(int days, int expected)
    {
        var result = HealthCalculator.Engagement(new HealthInputs { DaysSinceLastMeeting = days }, Settings);

        Assert.Equal(expected, result.Score);
        Assert.Equal(0.6, result.Completeness, 3);
    }

    [Fact]
    public void Engagement_says_no_meeting_for_n_days()
    {
        var result = HealthCalculator.Engagement(new HealthInputs { DaysSinceLastMeeting = 61, ActivitiesLast90Days = 3 }, Settings);

        Assert.Contains("no meeting for 61 days", result.Used);
        Assert.Contains("3 activities logged in 90 days", result.Used);
        // meetings (61-30)/60 → 0.4833 × 0.6; activities 3/6 → 0.5 × 0.4
        Assert.Equal(49, result.Score);
    }

    [Theory]
    [InlineData(80, null, 80)]
    [InlineData(null, Sentiment.Negative, 0)]
    [InlineData(100, Sentiment.Neutral, 85)]
    public void Sentiment_blends_csat_and_the_latest_signal(int? csat, Sentiment? sentiment, int expected)
    {
        var result = HealthCalculator.Sentiment(new HealthInputs { CsatLast90Days = csat, LatestSignalSentiment = sentiment });

        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData(20_000, 100)]
    [InlineData(0, 50)]
    [InlineData(-10_000, 25)]
    [InlineData(-50_000, 0)]
    public void Commercial_maps_twelve_month_arr_change_onto_the_scale(int change, int expected)
    {
        var result = HealthCalculator.Commercial(new HealthInputs { Arr = 100_000m, NetArrChange12Months = change, DaysToRenewal = 300 }, Settings);

        Assert.Equal(expected, result.Score);
        Assert.Equal(1, result.Completeness);
    }

    [Fact]
    public void Commercial_counts_the_renewal_deal_near_renewal()
    {
        var noDeal = HealthCalculator.Commercial(new HealthInputs { Arr = 100_000m, NetArrChange12Months = 0, DaysToRenewal = 45 }, Settings);
        var negotiating = HealthCalculator.Commercial(new HealthInputs { Arr = 100_000m, NetArrChange12Months = 0, DaysToRenewal = 45, RenewalStage = OpportunityStage.Negotiation }, Settings);

        Assert.Equal(38, noDeal.Score);        // 0.5 × 0.6 + 0.2 × 0.4
        Assert.Equal(64, negotiating.Score);   // 0.5 × 0.6 + 0.85 × 0.4
        Assert.Contains("renewal in 45 days and no renewal deal started", noDeal.Used);
    }

    [Fact]
    public void Thriving_account_is_healthy_with_full_confidence()
    {
        var result = HealthCalculator.Calculate(Thriving, Settings);

        Assert.Equal(HealthBand.Healthy, result.Band);
        Assert.True(result.Score >= 90, $"score {result.Score}");
        Assert.Equal(100, result.Confidence);
    }

    [Fact]
    public void Score_is_the_weighted_average_of_the_components()
    {
        var result = HealthCalculator.Calculate(Thriving, Settings);

        var expected = result.Components.Sum(c => Settings.Weight(c.Component) * c.Score!.Value) / 100.0;
        Assert.Equal((int)Math.Round(expected, MidpointRounding.AwayFromZero), result.Score);
    }

    [Fact]
    public void Missing_components_lower_confidence_and_do_not_drag_the_score_to_zero()
    {
        var noUsageNoTickets = Thriving with
        {
            SeatsUsed = null, SeatsLicensed = null, ActiveUsers = null, AdvancedFeatureUsers = null,
            EscalationsLast90Days = null, HasOpenEscalation = null, OpenTickets = null,
        };

        var result = HealthCalculator.Calculate(noUsageNoTickets, Settings);

        Assert.Equal(50, result.Confidence); // adoption (30) and support (20) unknown
        Assert.Equal(HealthBand.Healthy, result.Band);
        Assert.Null(result[HealthComponent.ProductAdoption].Score);
        Assert.Null(result[HealthComponent.SupportExperience].Score);
    }

    [Fact]
    public void Nothing_known_gives_no_score_and_zero_confidence_instead_of_a_silent_zero()
    {
        var result = HealthCalculator.Calculate(new HealthInputs(), Settings);

        Assert.Null(result.Score);
        Assert.Null(result.Band);
        Assert.Equal(0, result.Confidence);
    }

    [Theory]
    [InlineData(100, HealthBand.Healthy)]
    [InlineData(70, HealthBand.Healthy)]
    [InlineData(69, HealthBand.Watch)]
    [InlineData(40, HealthBand.Watch)]
    [InlineData(39, HealthBand.AtRisk)]
    [InlineData(0, HealthBand.AtRisk)]
    public void Bands_follow_the_thresholds(int score, HealthBand band) =>
        Assert.Equal(band, HealthCalculator.BandOf(score, Settings));

    [Fact]
    public void Bands_follow_changed_thresholds()
    {
        var strict = Settings with { HealthyFrom = 80, WatchFrom = 50 };

        Assert.Equal(HealthBand.Watch, HealthCalculator.BandOf(75, strict));
        Assert.Equal(HealthBand.AtRisk, HealthCalculator.BandOf(45, strict));
    }

    [Fact]
    public void Changing_weights_changes_the_score()
    {
        var struggling = Thriving with { EscalationsLast90Days = 3, HasOpenEscalation = true, OpenTickets = 9 };
        var supportHeavy = Settings with
        {
            Weights = new Dictionary<HealthComponent, int>
            {
                [HealthComponent.ProductAdoption] = 10, [HealthComponent.SupportExperience] = 60, [HealthComponent.Engagement] = 10,
                [HealthComponent.Sentiment] = 10, [HealthComponent.Commercial] = 10,
            },
        };

        Assert.True(HealthCalculator.Calculate(struggling, supportHeavy).Score < HealthCalculator.Calculate(struggling, Settings).Score);
    }
}
