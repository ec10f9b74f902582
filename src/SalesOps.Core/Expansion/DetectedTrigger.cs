using SalesOps.Core.Domain;

namespace SalesOps.Core.Expansion;

/// <summary>A usage-based trigger that fired, with the numbers that fired it ("seats 188 of 200 (94 %)").</summary>
public sealed record DetectedTrigger(ExpansionTrigger Trigger, string Evidence);
