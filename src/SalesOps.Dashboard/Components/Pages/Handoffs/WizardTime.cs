using SalesOps.Dashboard.Components.Shared;

namespace SalesOps.Dashboard.Components.Pages.Handoffs;

/// <summary>
/// Instants as date and time pickers show them (in the person's time zone) and back. A date without a time means
/// 09:00 there, the start of a working day.
/// </summary>
internal static class WizardTime
{
    public static readonly TimeSpan DefaultTime = TimeSpan.FromHours(9);

    public static DateTime? LocalDate(DateTimeOffset? instant, BrowserTime time) =>
        instant is { } i ? time.Local(i).Date : null;

    public static TimeSpan? LocalTime(DateTimeOffset? instant, BrowserTime time) =>
        instant is { } i ? time.Local(i).TimeOfDay : null;

    public static DateTimeOffset? Combine(DateTime? date, TimeSpan? timeOfDay, BrowserTime time)
    {
        if (date is not { } d)
        {
            return null;
        }

        var local = DateTime.SpecifyKind(d.Date + (timeOfDay ?? DefaultTime), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, time.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
