namespace SalesOps.Services.Configuration.Yaml;

/// <summary>A list (sequence).</summary>
public sealed record ConfigList(int Line = 0, int Column = 0) : ConfigNode(Line, Column)
{
    public List<ConfigNode> Items { get; init; } = [];

    public override string Kind => "a list (lines starting with '- ')";
}
