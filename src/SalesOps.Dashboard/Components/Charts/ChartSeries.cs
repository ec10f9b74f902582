namespace SalesOps.Dashboard.Components.Charts;

/// <summary>
/// One line series: a label, one value per chart label (null = no data), and its colour in the light theme
/// (<see cref="ChartTheme.SeriesColor"/> derives the dark one).
/// </summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values, string Color, bool Dashed = false);
