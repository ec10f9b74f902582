namespace SalesOps.Core.Configuration;

/// <summary>One thing wrong with a configuration: which field (a dotted path) and what to fix.</summary>
public sealed record ConfigurationError(string Field, string Message);
