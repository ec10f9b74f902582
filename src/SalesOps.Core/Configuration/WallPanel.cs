namespace SalesOps.Core.Configuration;

/// <summary>What a wall display can show, one panel at a time.</summary>
public enum WallPanel
{
    OverviewKpis,
    ArrAtRisk,
    RenewalsDue,
    OpenEscalations,
    ExpansionSignalsThisWeek,
    HandoffsOverdue,
}
