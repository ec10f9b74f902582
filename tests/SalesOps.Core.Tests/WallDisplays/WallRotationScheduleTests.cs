using SalesOps.Core.WallDisplays;

namespace SalesOps.Core.Tests.WallDisplays;

public sealed class WallRotationScheduleTests
{
    /// <summary>A whole number of days after 1970: every rotation starts a cycle here.</summary>
    private static readonly DateTimeOffset CycleStart = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_panel_shows_for_one_interval_then_the_next_and_after_the_last_the_first_again()
    {
        var clock = new ManualClock(CycleStart);
        var schedule = new WallRotationSchedule(3, TimeSpan.FromSeconds(20), clock);

        Assert.Equal(0, schedule.Current.Index);
        clock.Advance(TimeSpan.FromSeconds(19.999));
        Assert.Equal(0, schedule.Current.Index);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, schedule.Current.Index);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(2, schedule.Current.Index);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(0, schedule.Current.Index);
    }

    [Fact]
    public void Time_left_and_progress_are_what_remains_of_the_current_interval()
    {
        var clock = new ManualClock(CycleStart.AddSeconds(25));
        var schedule = new WallRotationSchedule(3, TimeSpan.FromSeconds(20), clock);

        var position = schedule.Current;

        Assert.Equal(1, position.Index);
        Assert.Equal(TimeSpan.FromSeconds(5), position.Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(15), position.Left);
        Assert.Equal(0.25, position.Progress, 6);
    }

    [Fact]
    public void The_step_changes_with_every_panel_change_even_when_a_rotation_has_one_panel()
    {
        var clock = new ManualClock(CycleStart);
        var schedule = new WallRotationSchedule(1, TimeSpan.FromSeconds(30), clock);
        var first = schedule.Current;

        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(0, schedule.Current.Index);
        Assert.Equal(first.Step + 1, schedule.Current.Step);
    }

    [Fact]
    public void Two_schedules_of_the_same_rotation_agree_whenever_they_were_made_so_a_reloaded_wall_resumes_where_it_was()
    {
        var clock = new ManualClock(CycleStart.AddSeconds(47));
        var before = new WallRotationSchedule(6, TimeSpan.FromSeconds(20), clock).Current;

        var after = new WallRotationSchedule(6, TimeSpan.FromSeconds(20), clock).Current;

        Assert.Equal(before, after);
        Assert.Equal(2, after.Index);
        Assert.Equal(TimeSpan.FromSeconds(7), after.Elapsed);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(3, 0)]
    public void A_rotation_without_panels_or_interval_is_a_programming_error(int panels, int seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WallRotationSchedule(panels, TimeSpan.FromSeconds(seconds), TimeProvider.System));
    }
}
