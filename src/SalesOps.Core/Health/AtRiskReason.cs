namespace SalesOps.Core.Health;

/// <summary>Why an account is at risk: which rule fired, in words a person reads.</summary>
public sealed record AtRiskReason(AtRiskRule Rule, string Text);
