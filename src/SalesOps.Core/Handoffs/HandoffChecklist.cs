using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// The handoff's state machine: the items of the current stage that are required and not done gate the next stage;
/// completing the last stage completes the handoff. Pure: the caller saves what it changes.
/// </summary>
public static class HandoffChecklist
{
    public static readonly IReadOnlyList<HandoffStage> Stages = [HandoffStage.PreHandoff, HandoffStage.InformationTransfer, HandoffStage.PostHandoff];

    /// <summary>New handoff items copied from <paramref name="template"/>, in checklist order.</summary>
    public static List<HandoffItem> ItemsFrom(HandoffTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return [.. template.Ordered().Select((d, i) => new HandoffItem
        {
            Stage = d.Stage, Order = i, Key = d.Key, Label = d.Label, Kind = d.Kind, Required = d.Required, DueOffsetDays = d.DueOffsetDays,
        })];
    }

    /// <summary>The required items of <paramref name="stage"/> that are not done.</summary>
    public static IReadOnlyList<HandoffItem> MissingRequired(Handoff handoff, HandoffStage stage)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return [.. handoff.Items.Where(i => i.Stage == stage && i.Required && !HandoffFields.IsSatisfied(handoff, i)).OrderBy(i => i.Order)];
    }

    public static bool CanAdvance(Handoff handoff) =>
        handoff.Status == HandoffStatus.InProgress && MissingRequired(handoff, handoff.Stage).Count == 0;

    /// <summary>
    /// Marks items bound to handoff data done or not done as the data says, stamped with who and when; returns the
    /// items whose state changed (each such change is a recorded check or uncheck).
    /// </summary>
    public static IReadOnlyList<HandoffItem> SyncBoundItems(Handoff handoff, DateTimeOffset now, int? byId)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var changed = new List<HandoffItem>();
        foreach (var item in handoff.Items.Where(i => HandoffFields.IsBound(i.Key)))
        {
            var filled = HandoffFields.IsSatisfied(handoff, item);
            if (filled == item.IsDone)
            {
                continue;
            }

            item.CompletedAt = filled ? now : null;
            item.CompletedById = filled ? byId : null;
            changed.Add(item);
        }

        return changed;
    }

    /// <summary>
    /// Completes the current stage: moves to the next one, or completes the handoff after the last. Refused, with a
    /// message naming every missing item, while required items of the stage are not done.
    /// </summary>
    public static HandoffStepResult CompleteStage(Handoff handoff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        if (handoff.Status != HandoffStatus.InProgress)
        {
            return HandoffStepResult.Refused($"This handoff is {Describe(handoff.Status)}; it has no stage left to complete.");
        }

        var missing = MissingRequired(handoff, handoff.Stage);
        if (missing.Count > 0)
        {
            return HandoffStepResult.Refused(
                $"{StageName(handoff.Stage)} cannot be completed yet. Missing: {string.Join("; ", missing.Select(i => i.Label))}.",
                [.. missing.Select(i => i.Key)]);
        }

        var index = Stages.ToList().IndexOf(handoff.Stage);
        if (index == Stages.Count - 1)
        {
            handoff.Status = HandoffStatus.Completed;
            handoff.CompletedAt = now;
        }
        else
        {
            handoff.Stage = Stages[index + 1];
        }

        return HandoffStepResult.Done;
    }

    public static string StageName(HandoffStage stage) => stage switch
    {
        HandoffStage.PreHandoff => "Pre-handoff",
        HandoffStage.InformationTransfer => "Information transfer",
        HandoffStage.PostHandoff => "Post-handoff",
        _ => stage.ToString(),
    };

    private static string Describe(HandoffStatus status) => status == HandoffStatus.Completed ? "completed" : "cancelled";
}
