using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>
/// Expansion signals of the last <see cref="WindowDays"/> days (by when they were logged): by state, trigger and
/// source, the conversion signal → opportunity → won, and the expansion ARR won from them by trigger, by team and by
/// the person who logged them.
/// </summary>
public sealed record ExpansionOverview(
    int WindowDays,
    int Signals,
    int Open,
    int AcknowledgementOverdue,
    int WithOpportunity,
    int Won,
    decimal WonArr,
    IReadOnlyList<ExpansionCount<SignalStatus>> ByStatus,
    IReadOnlyList<ExpansionFunnel<ExpansionTrigger>> ByTrigger,
    IReadOnlyList<ExpansionCount<SignalSource>> BySource,
    IReadOnlyList<ExpansionFunnel<string>> ByTeam,
    IReadOnlyList<ExpansionFunnel<string>> TopReps)
{
    /// <summary>Share of signals that became an opportunity; null without signals.</summary>
    public double? OpportunityRate => Signals == 0 ? null : (double)WithOpportunity / Signals;

    /// <summary>Share of signals whose opportunity was won; null without signals.</summary>
    public double? WinRate => Signals == 0 ? null : (double)Won / Signals;
}

/// <summary>How many signals have a given value.</summary>
public sealed record ExpansionCount<TKey>(TKey Key, int Signals);

/// <summary>Signals of one trigger, team or person, how many became opportunities and were won, and the ARR won.</summary>
public sealed record ExpansionFunnel<TKey>(TKey Key, int Signals, int WithOpportunity, int Won, decimal WonArr)
{
    /// <summary>Share of the signals that became an opportunity; null without signals.</summary>
    public double? OpportunityRate => Signals == 0 ? null : (double)WithOpportunity / Signals;
}
