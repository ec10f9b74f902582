namespace SalesOps.Core.Validation;

/// <summary>One thing wrong with what a person entered: the field (as the form names it) and what to fix.</summary>
public sealed record FieldError(string Field, string Message);
