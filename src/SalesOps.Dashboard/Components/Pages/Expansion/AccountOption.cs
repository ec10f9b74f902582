namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>An account as the signal form's type-ahead offers it.</summary>
public sealed record AccountOption(int Id, string Name, string? Domain);
