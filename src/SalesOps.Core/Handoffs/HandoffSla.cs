namespace SalesOps.Core.Handoffs;

/// <summary>A handoff should be complete within a number of days of the deal closing.</summary>
public sealed record HandoffSla(DateTimeOffset DueAt, bool IsOverdue, bool? CompletedWithinSla, int AgeDays)
{
    public static HandoffSla Evaluate(DateTimeOffset closedWonAt, DateTimeOffset? completedAt, int slaDays, DateTimeOffset now)
    {
        var due = closedWonAt.AddDays(slaDays);
        var end = completedAt ?? now;
        var age = (int)Math.Floor((end - closedWonAt).TotalDays);
        return new(due, completedAt is null && now > due, completedAt is null ? null : completedAt <= due, Math.Max(0, age));
    }
}
