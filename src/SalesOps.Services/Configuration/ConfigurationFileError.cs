namespace SalesOps.Services.Configuration;

/// <summary>
/// One thing wrong with a configuration or instruction file: where (line and column from 1; 0 when the place is not in
/// the file, e.g. a value kept from the configuration in force), the field's path in the file, and what to fix.
/// </summary>
public sealed record ConfigurationFileError(int Line, int Column, string Path, string Message)
{
    public override string ToString() =>
        (Line > 0 ? $"line {Line}, column {Column}: " : "") + (Path.Length > 0 ? $"{Path}: " : "") + Message;
}
