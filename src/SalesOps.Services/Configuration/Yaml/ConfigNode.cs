namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// One node of a configuration file as we read and write it: a mapping, a list or a scalar, with where it stood in
/// the file (line and column from 1; 0 for nodes that did not come from a file).
/// </summary>
public abstract record ConfigNode(int Line, int Column)
{
    public abstract string Kind { get; }
}
