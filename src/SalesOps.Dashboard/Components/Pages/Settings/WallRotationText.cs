using System.Globalization;
using MudBlazor;
using SalesOps.Core.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>The wall panels and rotation timing in words, for the settings page and its preview.</summary>
public static class WallRotationText
{
    public static string Title(WallPanel panel) => panel switch
    {
        WallPanel.OverviewKpis => "Overview KPIs",
        WallPanel.ArrAtRisk => "ARR at risk",
        WallPanel.RenewalsDue => "Renewals due",
        WallPanel.OpenEscalations => "Open escalations",
        WallPanel.ExpansionSignalsThisWeek => "Expansion signals this week",
        WallPanel.HandoffsOverdue => "Handoffs overdue",
        _ => panel.ToString(),
    };

    public static string Description(WallPanel panel) => panel switch
    {
        WallPanel.OverviewKpis => "Customers, total ARR, renewals in 90 days, open tickets, escalations and expansion signals.",
        WallPanel.ArrAtRisk => "ARR of at-risk customers and the top at-risk accounts with their reasons.",
        WallPanel.RenewalsDue => "Renewals due in 30, 60 and 90 days, with their ARR.",
        WallPanel.OpenEscalations => "Open escalated tickets and the customers they belong to.",
        WallPanel.ExpansionSignalsThisWeek => "Expansion signals logged or detected this week.",
        WallPanel.HandoffsOverdue => "Sales \u2192 success handoffs past their completion SLA.",
        _ => "",
    };

    /// <summary>Whether the panel lists customers by name (so "hide customer names" changes what it shows).</summary>
    public static bool NamesCustomers(WallPanel panel) => panel is not WallPanel.OverviewKpis and not WallPanel.RenewalsDue;

    public static string Icon(WallPanel panel) => panel switch
    {
        WallPanel.OverviewKpis => Icons.Material.Filled.Dashboard,
        WallPanel.ArrAtRisk => Icons.Material.Filled.ReportProblem,
        WallPanel.RenewalsDue => Icons.Material.Filled.Autorenew,
        WallPanel.OpenEscalations => Icons.Material.Filled.PriorityHigh,
        WallPanel.ExpansionSignalsThisWeek => Icons.Material.Filled.TrendingUp,
        WallPanel.HandoffsOverdue => Icons.Material.Filled.Handshake,
        _ => Icons.Material.Filled.Tv,
    };

    /// <summary>"20 s", "1 min 30 s", "10 min".</summary>
    public static string Seconds(int seconds)
    {
        if (seconds < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{seconds} s");
        }

        var minutes = seconds / 60;
        var rest = seconds % 60;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {rest} s");
    }

    /// <summary>A point in the cycle as a clock reading: "0:00", "1:40".</summary>
    public static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
}
