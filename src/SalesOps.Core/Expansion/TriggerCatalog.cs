using SalesOps.Core.Domain;

namespace SalesOps.Core.Expansion;

/// <summary>The brief's expansion triggers, in its words, and whether usage can detect them.</summary>
public static class TriggerCatalog
{
    public sealed record Entry(ExpansionTrigger Trigger, string Label, bool UsageBased, string YamlKey);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(ExpansionTrigger.ApproachingPlanLimits, "Customer approaching plan limits", true, "approaching_plan_limits"),
        new(ExpansionTrigger.HighAdvancedFeatureEngagement, "High engagement with advanced features", true, "high_advanced_feature_engagement"),
        new(ExpansionTrigger.MultipleDepartments, "Multiple departments using product", true, "multiple_departments"),
        new(ExpansionTrigger.PowerUsersMaxedOut, "Power users maxed out", true, "power_users_maxed_out"),
        new(ExpansionTrigger.AskingAboutHigherTierFeatures, "Customer asking about higher-tier features", false, "asking_about_higher_tier_features"),
        new(ExpansionTrigger.PremiumFeatureRequests, "Feature requests in premium tiers", false, "premium_feature_requests"),
        new(ExpansionTrigger.NeedForMoreCapacity, "Expressing need for more capacity", false, "need_for_more_capacity"),
        new(ExpansionTrigger.HighSatisfaction, "Praising product, high satisfaction", false, "high_satisfaction"),
    ];

    public static Entry Of(ExpansionTrigger trigger) => All.First(e => e.Trigger == trigger);

    public static string Label(ExpansionTrigger trigger) => Of(trigger).Label;
}
