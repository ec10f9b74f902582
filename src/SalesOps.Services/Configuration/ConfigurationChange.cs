namespace SalesOps.Services.Configuration;

/// <summary>
/// One line of a configuration diff: the path in <c>crm_configuration.yaml</c> (list entries named by their name or key,
/// e.g. <c>support.tiers[vip].first_response_hours</c>) and the value before and after; null before means added, null
/// after means removed.
/// </summary>
public sealed record ConfigurationChange(string Path, string? Before, string? After)
{
    public bool IsAdded => Before is null;

    public bool IsRemoved => After is null;

    public override string ToString() =>
        IsAdded ? $"+ {Path}: {After}" : IsRemoved ? $"- {Path}: {Before}" : $"~ {Path}: {Before} → {After}";
}
