using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>The changes of one top-level section of <c>crm_configuration.yaml</c> (e.g. <c>expansion</c>), in the diff's order.</summary>
public sealed record ConfigurationChangeGroup(string Section, string Title, IReadOnlyList<ConfigurationChange> Changes);
