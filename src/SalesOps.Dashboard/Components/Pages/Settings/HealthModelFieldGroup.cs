namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>A titled set of fields on the Health model page (a component's inputs, the at-risk rules, ...).</summary>
public sealed record HealthModelFieldGroup(string Title, string? Description, IReadOnlyList<HealthModelField> Fields);
