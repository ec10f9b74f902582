namespace SalesOps.Services.Analytics;

/// <summary>
/// Handoffs in progress and those past the completion SLA (the same counts as <see cref="HandoffMetrics"/>), with the
/// most overdue ones first.
/// </summary>
public sealed record OverdueHandoffs(int InProgress, int Overdue, int SlaDays, IReadOnlyList<OverdueHandoff> MostOverdue, DateTimeOffset AsOf);
