using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Expansion;

/// <summary>
/// The brief's support → sales process as states: logged → account manager notified → warm introduction → opportunity
/// created, or dismissed with a reason from any open state. Steps only go forward; each stamps when it happened.
/// Pure: the caller saves.
/// </summary>
public static class SignalWorkflow
{
    public const int MaxReasonLength = 1000;

    /// <summary>The longest introduction kept with a signal (recipients, subject and message).</summary>
    public const int MaxIntroductionLength = 8000;

    /// <summary>The account manager was told (in-app, and by e-mail when configured).</summary>
    public static SignalStepResult MarkNotified(ExpansionSignal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (signal.Status != SignalStatus.Logged)
        {
            return SignalStepResult.Refused($"The signal is already {Describe(signal.Status)}.");
        }

        signal.Status = SignalStatus.AccountManagerNotified;
        signal.NotifiedAt = now;
        return SignalStepResult.Done;
    }

    /// <summary>The account manager picked the signal up (stops the acknowledgement clock).</summary>
    public static SignalStepResult Acknowledge(ExpansionSignal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!signal.IsOpen)
        {
            return SignalStepResult.Refused($"The signal is already {Describe(signal.Status)}.");
        }

        signal.AcknowledgedAt ??= now;
        return SignalStepResult.Done;
    }

    /// <summary>The warm introduction was made (the drafted intro sent or the call held).</summary>
    public static SignalStepResult RecordIntroduction(ExpansionSignal signal, DateTimeOffset now, string? introduction = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (introduction?.Trim().Length > MaxIntroductionLength)
        {
            return SignalStepResult.Refused(
                $"The introduction is {introduction.Trim().Length:N0} characters long; keep it to {MaxIntroductionLength:N0}.");
        }

        if (signal.Status is not (SignalStatus.Logged or SignalStatus.AccountManagerNotified))
        {
            return SignalStepResult.Refused($"The signal is already {Describe(signal.Status)}.");
        }

        signal.Status = SignalStatus.WarmIntroduction;
        signal.IntroducedAt = now;
        signal.Introduction = string.IsNullOrWhiteSpace(introduction) ? null : introduction.Trim();
        signal.AcknowledgedAt ??= now;
        return SignalStepResult.Done;
    }

    /// <summary>
    /// An expansion opportunity was created for the signal and linked to it (by id, or — for one not saved yet — by the
    /// caller setting the navigation, with <paramref name="opportunityId"/> null).
    /// </summary>
    public static SignalStepResult LinkOpportunity(ExpansionSignal signal, int? opportunityId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!signal.IsOpen)
        {
            return SignalStepResult.Refused($"The signal is already {Describe(signal.Status)}.");
        }

        signal.Status = SignalStatus.OpportunityCreated;
        if (opportunityId is not null)
        {
            signal.OpportunityId = opportunityId;
        }

        signal.AcknowledgedAt ??= now;
        signal.ClosedAt = now;
        return SignalStepResult.Done;
    }

    public static SignalStepResult Dismiss(ExpansionSignal signal, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!signal.IsOpen)
        {
            return SignalStepResult.Refused($"The signal is already {Describe(signal.Status)}.");
        }

        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return SignalStepResult.Refused("Say why the signal is dismissed, so the rep who logged it learns from it.");
        }

        if (trimmed.Length > MaxReasonLength)
        {
            return SignalStepResult.Refused($"The reason is {trimmed.Length} characters long; keep it to {MaxReasonLength}.");
        }

        signal.Status = SignalStatus.Dismissed;
        signal.DismissedReason = trimmed;
        signal.AcknowledgedAt ??= now;
        signal.ClosedAt = now;
        return SignalStepResult.Done;
    }

    /// <summary>When the acknowledgement is due: the configured number of business days after the signal was logged.</summary>
    public static DateTimeOffset AcknowledgementDue(ExpansionSignal signal, ExpansionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(settings);
        return BusinessDays.Add(signal.LoggedAt, settings.AcknowledgementSlaBusinessDays);
    }

    /// <summary>Open, not picked up, and past its acknowledgement due time.</summary>
    public static bool IsAcknowledgementOverdue(ExpansionSignal signal, ExpansionSettings settings, DateTimeOffset now) =>
        signal.IsOpen && signal.AcknowledgedAt is null && now > AcknowledgementDue(signal, settings);

    public static string Describe(SignalStatus status) => status switch
    {
        SignalStatus.Logged => "logged",
        SignalStatus.AccountManagerNotified => "with the account manager",
        SignalStatus.WarmIntroduction => "introduced",
        SignalStatus.OpportunityCreated => "turned into an opportunity",
        SignalStatus.Dismissed => "dismissed",
        _ => status.ToString(),
    };
}
