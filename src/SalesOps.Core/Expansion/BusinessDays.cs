namespace SalesOps.Core.Expansion;

/// <summary>Working days (Monday to Friday), for the acknowledgement SLA.</summary>
public static class BusinessDays
{
    /// <summary>The instant <paramref name="days"/> business days after <paramref name="from"/> (weekends skipped; a start on a weekend counts from Monday).</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var at = from;
        while (IsWeekend(at))
        {
            at = new DateTimeOffset(at.Date.AddDays(1), at.Offset);
        }

        var added = 0;
        while (added < days)
        {
            at = at.AddDays(1);
            if (!IsWeekend(at))
            {
                added++;
            }
        }

        return at;
    }

    private static bool IsWeekend(DateTimeOffset at) => at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
