using SalesOps.Core.Health;

namespace SalesOps.Services.Health;

/// <summary>One component of a stored snapshot's explanation: its score and the inputs it used and lacked, in words.</summary>
internal sealed record ComponentExplanation(HealthComponent Component, int? Score, IReadOnlyList<string> Used, IReadOnlyList<string> Missing);
