namespace SalesOps.Services.Audit;

/// <summary>One field of an audited change: its value before and after, as text (null where there was none).</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New);
