using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>
/// Expansion signals logged or detected since <see cref="WeekStart"/> (Monday 00:00 UTC of the current week): how
/// many, how many are still open, their estimated ARR, the count per trigger (every trigger, in the catalogue's
/// order) and the latest few.
/// </summary>
public sealed record ExpansionThisWeek(
    DateTimeOffset WeekStart,
    int Signals,
    int Open,
    decimal EstimatedArr,
    IReadOnlyList<ExpansionCount<ExpansionTrigger>> ByTrigger,
    IReadOnlyList<RecentSignal> Latest,
    DateTimeOffset AsOf);
