using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>A component's score (null when it had no inputs) with the inputs it used and lacked, in words.</summary>
public sealed record ComponentExplanation(HealthComponent Component, int? Score, IReadOnlyList<string> Used, IReadOnlyList<string> Missing);
