namespace SalesOps.Services.Configuration;

/// <summary>
/// What applying a file would do to the version in force (<see cref="BaseVersion"/>): the changes, or the problems
/// that stop it (with line and column). <see cref="DefaultedSections"/> are top-level sections a configuration file
/// left out, which would take the built-in defaults; <see cref="Title"/> is an instruction's title.
/// </summary>
public sealed record ConfigurationFilePreview(
    int BaseVersion,
    IReadOnlyList<ConfigurationFileError> Errors,
    IReadOnlyList<ConfigurationChange> Changes,
    IReadOnlyList<string> DefaultedSections,
    string? Title = null)
{
    public bool IsValid => Errors.Count == 0;

    public bool ChangesNothing => IsValid && Changes.Count == 0;
}
