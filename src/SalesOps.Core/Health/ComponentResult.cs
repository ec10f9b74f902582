namespace SalesOps.Core.Health;

/// <summary>
/// One component's score (null when none of its inputs were known), the inputs it used in words, the inputs it
/// lacked, and how complete its inputs were (0–1).
/// </summary>
public sealed record ComponentResult(
    HealthComponent Component,
    int? Score,
    IReadOnlyList<string> Used,
    IReadOnlyList<string> Missing,
    double Completeness);
