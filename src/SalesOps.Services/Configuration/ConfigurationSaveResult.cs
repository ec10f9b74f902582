using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>The outcome of saving a configuration: the new version, or every field that is wrong (nothing stored).</summary>
public sealed record ConfigurationSaveResult(int? Version, IReadOnlyList<ConfigurationError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && Version is not null;

    public static ConfigurationSaveResult Saved(int version) => new(version, []);

    public static ConfigurationSaveResult Invalid(IReadOnlyList<ConfigurationError> errors) => new(null, errors);
}
