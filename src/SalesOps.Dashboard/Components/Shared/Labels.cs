using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;

namespace SalesOps.Dashboard.Components.Shared;

/// <summary>The words people read for the domain's enum values.</summary>
public static class Labels
{
    public static string Of(Segment value) => value switch
    {
        Segment.Smb => "SMB",
        Segment.MidMarket => "Mid-Market",
        _ => "Enterprise",
    };

    public static string Of(Region value) => value switch
    {
        Region.NorthAmerica => "North America",
        Region.LatinAmerica => "Latin America",
        Region.Emea => "EMEA",
        _ => "APAC",
    };

    public static string Of(SupportTier value) => value switch
    {
        SupportTier.Vip => "VIP",
        _ => value.ToString(),
    };

    public static string Of(ContactRole value) => value switch
    {
        ContactRole.DecisionMaker => "Decision maker",
        ContactRole.TechnicalContact => "Technical contact",
        _ => value.ToString(),
    };

    public static string Of(OpportunityType value) => value switch
    {
        OpportunityType.NewBusiness => "New business",
        _ => value.ToString(),
    };

    public static string Of(OpportunityStage value) => value switch
    {
        OpportunityStage.ClosedWon => "Closed won",
        OpportunityStage.ClosedLost => "Closed lost",
        _ => value.ToString(),
    };

    public static string Of(TicketStatus value) => value switch
    {
        TicketStatus.OnHold => "On hold",
        _ => value.ToString(),
    };

    public static string Of(SatisfactionRating value) => value switch
    {
        SatisfactionRating.NotOffered => "Not offered",
        _ => value.ToString(),
    };

    public static string Money(decimal amount) =>
        amount.ToString("$#,##0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A team member's name from a filter's options, "#id" for one not among them, "" for none.</summary>
    public static string NameOf(IReadOnlyList<TeamMemberOption> members, int? id) =>
        id is null ? "" : members.FirstOrDefault(m => m.Id == id)?.Name ?? $"#{id}";

    /// <summary>How far <paramref name="date"/> is from today (UTC, as the server counts days): "in 12 days", "yesterday".</summary>
    public static string DaysFromToday(DateOnly date, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var days = date.DayNumber - DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).DayNumber;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            > 0 => $"in {days} days",
            -1 => "yesterday",
            _ => $"{-days} days ago",
        };
    }
}
