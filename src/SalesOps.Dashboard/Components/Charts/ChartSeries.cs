namespace SalesOps.Dashboard.Components.Charts;

/// <summary>One line or bar series: a label, one value per chart label (null = no data), and a colour.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values, string Color, bool Dashed = false);
