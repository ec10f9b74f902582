using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Core.Tests.Expansion;

public class SignalWorkflowTests
{
    // A Thursday.
    private static readonly DateTimeOffset Logged = new(2026, 11, 19, 16, 0, 0, TimeSpan.Zero);

    private static ExpansionSignal NewSignal() => new() { Status = SignalStatus.Logged, LoggedAt = Logged, Trigger = ExpansionTrigger.NeedForMoreCapacity };

    [Fact]
    public void The_process_runs_forward_and_stamps_each_step()
    {
        var signal = NewSignal();

        Assert.True(SignalWorkflow.MarkNotified(signal, Logged.AddMinutes(1)).Succeeded);
        Assert.True(SignalWorkflow.RecordIntroduction(signal, Logged.AddDays(1)).Succeeded);
        Assert.True(SignalWorkflow.LinkOpportunity(signal, 42, Logged.AddDays(2)).Succeeded);

        Assert.Equal(SignalStatus.OpportunityCreated, signal.Status);
        Assert.Equal(Logged.AddMinutes(1), signal.NotifiedAt);
        Assert.Equal(Logged.AddDays(1), signal.IntroducedAt);
        Assert.Equal(Logged.AddDays(1), signal.AcknowledgedAt);
        Assert.Equal(42, signal.OpportunityId);
        Assert.Equal(Logged.AddDays(2), signal.ClosedAt);
        Assert.False(signal.IsOpen);
    }

    [Fact]
    public void Steps_never_go_back_and_closed_signals_stay_closed()
    {
        var signal = NewSignal();
        SignalWorkflow.RecordIntroduction(signal, Logged);

        Assert.False(SignalWorkflow.MarkNotified(signal, Logged).Succeeded);
        Assert.True(SignalWorkflow.Dismiss(signal, "Budget frozen until Q3", Logged).Succeeded);
        var again = SignalWorkflow.LinkOpportunity(signal, 1, Logged);
        Assert.False(again.Succeeded);
        Assert.Equal("The signal is already dismissed.", again.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Dismissing_needs_a_reason(string? reason)
    {
        var signal = NewSignal();

        var result = SignalWorkflow.Dismiss(signal, reason, Logged);

        Assert.False(result.Succeeded);
        Assert.Equal(SignalStatus.Logged, signal.Status);
    }

    [Fact]
    public void Acknowledgement_is_due_two_business_days_later_skipping_the_weekend()
    {
        var signal = NewSignal();
        var settings = new ExpansionSettings();

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), SignalWorkflow.AcknowledgementDue(signal, settings));
        Assert.False(SignalWorkflow.IsAcknowledgementOverdue(signal, settings, new DateTimeOffset(2026, 11, 23, 15, 59, 0, TimeSpan.Zero)));
        Assert.True(SignalWorkflow.IsAcknowledgementOverdue(signal, settings, new DateTimeOffset(2026, 11, 23, 16, 1, 0, TimeSpan.Zero)));

        SignalWorkflow.Acknowledge(signal, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        Assert.False(SignalWorkflow.IsAcknowledgementOverdue(signal, settings, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_signal_logged_on_a_saturday_counts_from_monday()
    {
        var saturday = new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), BusinessDays.Add(saturday, 2));
    }
}
