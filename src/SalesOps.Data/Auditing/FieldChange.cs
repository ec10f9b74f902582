namespace SalesOps.Data.Auditing;

/// <summary>One field's value before and after a change, as text; null where there was none.</summary>
public sealed record FieldChange(string? Old, string? New);
