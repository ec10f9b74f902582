using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class HandoffSlaTests
{
    private static readonly DateTimeOffset Closed = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_open_handoff_is_overdue_only_after_the_due_instant()
    {
        var atDue = HandoffSla.Evaluate(Closed, null, 14, Closed.AddDays(14));
        var after = HandoffSla.Evaluate(Closed, null, 14, Closed.AddDays(14).AddMinutes(1));

        Assert.Equal(Closed.AddDays(14), atDue.DueAt);
        Assert.False(atDue.IsOverdue);
        Assert.True(after.IsOverdue);
        Assert.Null(after.CompletedWithinSla);
        Assert.Equal(14, after.AgeDays);
    }

    [Fact]
    public void A_completed_handoff_is_never_overdue_and_says_whether_it_made_the_sla()
    {
        var inTime = HandoffSla.Evaluate(Closed, Closed.AddDays(10), 14, Closed.AddDays(40));
        var late = HandoffSla.Evaluate(Closed, Closed.AddDays(15), 14, Closed.AddDays(40));

        Assert.False(inTime.IsOverdue);
        Assert.True(inTime.CompletedWithinSla);
        Assert.Equal(10, inTime.AgeDays);
        Assert.False(late.IsOverdue);
        Assert.False(late.CompletedWithinSla);
        Assert.Equal(15, late.AgeDays);
    }
}
