using System.Globalization;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Dashboard.Components.Shared;

namespace SalesOps.Dashboard.Components.Pages.Wall;

/// <summary>How the wall writes counts, money and ages: short, so they read from across the room.</summary>
public static class WallFormat
{
    public static string Count(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>"$154.1M", "$860K", "$9,950": money short enough to fit a tile and read across the room.</summary>
    public static string ShortMoney(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000m => string.Create(CultureInfo.InvariantCulture, $"${value / 1_000_000m:0.0}M"),
        >= 10_000m => string.Create(CultureInfo.InvariantCulture, $"${value / 1_000m:0}K"),
        _ => Labels.Money(value),
    };

    /// <summary>How long before <paramref name="asOf"/> something happened: "just now", "25 min ago", "3 h ago", "4 days ago".</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset asOf)
    {
        var span = asOf - at;
        return span.TotalMinutes switch
        {
            < 1 => "just now",
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min ago"),
            < 48 * 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h ago"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} days ago"),
        };
    }

    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");

    public static string Stage(HandoffStage stage) => stage switch
    {
        HandoffStage.PreHandoff => "Pre-handoff",
        HandoffStage.InformationTransfer => "Information transfer",
        _ => "Post-handoff",
    };

    /// <summary>The first reason in words, or "" when there is none.</summary>
    public static string FirstReason(IReadOnlyList<AtRiskReason> reasons) => reasons.Count == 0 ? "" : reasons[0].Text;
}
