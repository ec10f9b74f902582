using System.Globalization;

namespace SalesOps.Dashboard.Components.Shared;

/// <summary>
/// The viewer's time zone (asked from the browser once per circuit) and the app's date formats. Instants are stored
/// in UTC and shown in the viewer's zone; until the browser has answered, UTC is shown and labelled as such.
/// </summary>
public sealed class BrowserTime(TimeZoneInfo zone, bool known)
{
    public static BrowserTime Utc { get; } = new(TimeZoneInfo.Utc, false);

    public TimeZoneInfo Zone { get; } = zone;

    public bool Known { get; } = known;

    public static BrowserTime FromIana(string? id)
    {
        try
        {
            return string.IsNullOrWhiteSpace(id) ? Utc : new BrowserTime(TimeZoneInfo.FindSystemTimeZoneById(id), true);
        }
        catch (TimeZoneNotFoundException)
        {
            return Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return Utc;
        }
    }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public string DateTime(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + (Known ? "" : " UTC") : "—";

    public string Date(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "—";
}
