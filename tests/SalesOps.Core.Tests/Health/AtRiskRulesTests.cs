using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Tests.Health;

public class AtRiskRulesTests
{
    private static readonly AtRiskSettings Settings = new();

    [Fact]
    public void Healthy_account_far_from_renewal_without_escalation_is_not_at_risk() =>
        Assert.Empty(AtRiskRules.Evaluate(new AtRiskFacts(82, HealthBand.Healthy, 85, 200, false), Settings));

    [Fact]
    public void At_risk_band_is_a_reason()
    {
        var reason = Assert.Single(AtRiskRules.Evaluate(new AtRiskFacts(34, HealthBand.AtRisk, 36, 200, false), Settings));

        Assert.Equal(AtRiskRule.AtRiskBand, reason.Rule);
        Assert.Equal("Health score 34 is in the At risk band", reason.Text);
    }

    [Theory]
    [InlineData(72, 57, true)]
    [InlineData(72, 58, false)]
    public void A_drop_of_fifteen_points_in_the_window_is_a_reason(int before, int now, bool atRisk)
    {
        var reasons = AtRiskRules.Evaluate(new AtRiskFacts(now, HealthBand.Watch, before, 300, false), Settings);

        Assert.Equal(atRisk, reasons.Any(r => r.Rule == AtRiskRule.ScoreDrop));
        if (atRisk)
        {
            Assert.Contains(reasons, r => r.Text == $"Health fell {before - now} points in 30 days (from {before} to {now})");
        }
    }

    [Theory]
    [InlineData(45, HealthBand.Watch, true)]
    [InlineData(90, HealthBand.Watch, true)]
    [InlineData(91, HealthBand.Watch, false)]
    [InlineData(45, HealthBand.Healthy, false)]
    [InlineData(-3, HealthBand.Watch, false)]
    public void Renewal_within_ninety_days_while_not_healthy_is_a_reason(int days, HealthBand band, bool atRisk)
    {
        var reasons = AtRiskRules.Evaluate(new AtRiskFacts(60, band, 60, days, false), Settings);

        Assert.Equal(atRisk, reasons.Any(r => r.Rule == AtRiskRule.RenewalSoonNotHealthy));
    }

    [Fact]
    public void Renewal_reason_says_when_and_in_which_band()
    {
        var reasons = AtRiskRules.Evaluate(new AtRiskFacts(55, HealthBand.Watch, 55, 45, false), Settings);

        Assert.Contains(reasons, r => r.Text == "Renews in 45 days while on Watch");
    }

    [Fact]
    public void Open_escalation_is_a_reason_with_its_date()
    {
        var since = new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero);

        var reason = Assert.Single(AtRiskRules.Evaluate(new AtRiskFacts(80, HealthBand.Healthy, 80, 300, true, since), Settings));

        Assert.Equal("Escalation open since 12 Nov 2026", reason.Text);
    }

    [Fact]
    public void Open_escalation_rule_can_be_switched_off()
    {
        var reasons = AtRiskRules.Evaluate(new AtRiskFacts(80, HealthBand.Healthy, 80, 300, true), Settings with { OpenEscalation = false });

        Assert.Empty(reasons);
    }

    [Fact]
    public void Every_reason_that_applies_is_listed()
    {
        var reasons = AtRiskRules.Evaluate(new AtRiskFacts(30, HealthBand.AtRisk, 60, 20, true), Settings);

        Assert.Equal([AtRiskRule.AtRiskBand, AtRiskRule.ScoreDrop, AtRiskRule.RenewalSoonNotHealthy, AtRiskRule.OpenEscalation], reasons.Select(r => r.Rule));
    }
}
