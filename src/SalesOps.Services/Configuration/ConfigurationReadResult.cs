using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>
/// A configuration file read: the configuration when the file is valid, else every problem with its place; and the
/// top-level sections the file left out (their built-in defaults apply).
/// </summary>
public sealed record ConfigurationReadResult(
    CrmConfiguration? Configuration,
    IReadOnlyList<ConfigurationFileError> Errors,
    IReadOnlyList<string> DefaultedSections)
{
    public bool IsValid => Configuration is not null && Errors.Count == 0;
}
