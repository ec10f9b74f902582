namespace SalesOps.Services.Analytics;

/// <summary>
/// How well handoffs go. Completion figures cover handoffs completed in the last <see cref="WindowDays"/> days; the
/// information-transfer share covers handoffs that closed in that window and have reached information transfer.
/// Shares are null when nothing counts yet.
/// </summary>
public sealed record HandoffMetrics(
    int InProgress,
    int Overdue,
    int CompletedInWindow,
    double? MedianDaysToComplete,
    double? ShareCompletedWithinSla,
    double? ShareWithAllInformation,
    int SlaDays,
    int WindowDays);
