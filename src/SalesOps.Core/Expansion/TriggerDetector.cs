using System.Globalization;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Expansion;

/// <summary>Detects the usage-based expansion triggers from an account's latest usage, naming the numbers that fired each.</summary>
public static class TriggerDetector
{
    public static IReadOnlyList<DetectedTrigger> Detect(UsageFacts usage, ExpansionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(settings);
        var fired = new List<DetectedTrigger>();

        var limits = new List<string>();
        AddLimit(limits, "seats", usage.SeatsUsed, usage.SeatsLicensed, settings.PlanLimitPercent);
        AddLimit(limits, "API calls this month", usage.ApiCalls, usage.ApiCallLimit, settings.PlanLimitPercent);
        AddLimit(limits, "storage GB", usage.StorageUsedGb, usage.StorageLimitGb, settings.PlanLimitPercent);
        if (limits.Count > 0)
        {
            fired.Add(new(ExpansionTrigger.ApproachingPlanLimits, string.Join("; ", limits)));
        }

        if (usage.ActiveUsers > 0 && usage.AdvancedFeatureUsers >= settings.AdvancedFeatureMinUsers
            && usage.AdvancedFeatureUsers * 100L >= (long)settings.AdvancedFeatureUsersPercent * usage.ActiveUsers)
        {
            fired.Add(new(ExpansionTrigger.HighAdvancedFeatureEngagement,
                $"{usage.AdvancedFeatureUsers} of {usage.ActiveUsers} active users on advanced features ({Percent(usage.AdvancedFeatureUsers, usage.ActiveUsers)})"));
        }

        if (usage.DepartmentsActive >= settings.MinDepartments)
        {
            fired.Add(new(ExpansionTrigger.MultipleDepartments, $"{usage.DepartmentsActive} departments using the product"));
        }

        if (usage.UsersAtLimit > 0 && (usage.UsersAtLimit >= settings.PowerUsersAtLimit
            || (usage.ActiveUsers > 0 && usage.UsersAtLimit * 100L >= (long)settings.PowerUsersAtLimitPercent * usage.ActiveUsers)))
        {
            fired.Add(new(ExpansionTrigger.PowerUsersMaxedOut,
                $"{usage.UsersAtLimit} users at their per-user limit ({(usage.ActiveUsers > 0 ? Percent(usage.UsersAtLimit, usage.ActiveUsers) + " of active users" : "no active users")})"));
        }

        // A trigger the ops team switched off is not detected.
        fired.RemoveAll(t => !settings.Uses(t.Trigger));
        return fired;
    }

    private static void AddLimit(List<string> fired, string what, decimal used, decimal limit, int percent)
    {
        if (limit > 0 && used * 100 >= limit * percent)
        {
            fired.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {used:#,##0.##} of {limit:#,##0.##} ({Percent(used, limit)})"));
        }
    }

    private static string Percent(decimal part, decimal whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(part * 100 / whole, MidpointRounding.AwayFromZero):0} %");
}
