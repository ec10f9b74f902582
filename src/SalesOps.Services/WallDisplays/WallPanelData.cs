using SalesOps.Core.Configuration;
using SalesOps.Services.Analytics;

namespace SalesOps.Services.WallDisplays;

/// <summary>
/// The figures of a rotation's panels, straight from the analytics service. A panel the rotation does not show is
/// null; one whose figures could not be read is null and listed in <see cref="Unavailable"/>.
/// </summary>
public sealed record WallPanelData
{
    public OverviewKpis? Overview { get; init; }
    public ArrAtRiskSummary? ArrAtRisk { get; init; }
    public RenewalsDue? Renewals { get; init; }
    public OpenEscalations? Escalations { get; init; }
    public ExpansionThisWeek? Expansion { get; init; }
    public OverdueHandoffs? Handoffs { get; init; }

    public IReadOnlySet<WallPanel> Unavailable { get; init; } = new HashSet<WallPanel>();

    public bool IsAvailable(WallPanel panel) => !Unavailable.Contains(panel);
}
