using SalesOps.Services.Analytics;

namespace SalesOps.Services.WallDisplays;

/// <summary>What a wall with a valid token may show: its own name and the portfolio summary.</summary>
public sealed record WallDisplayReading(string DisplayName, PortfolioSummary Summary);
