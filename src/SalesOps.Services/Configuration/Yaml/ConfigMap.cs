namespace SalesOps.Services.Configuration.Yaml;

/// <summary>A mapping, in the file's order.</summary>
public sealed record ConfigMap(int Line = 0, int Column = 0) : ConfigNode(Line, Column)
{
    public List<KeyValuePair<ConfigScalar, ConfigNode>> Entries { get; init; } = [];

    public override string Kind => "a mapping (key: value lines)";

    public ConfigNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public ConfigScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    public ConfigMap Add(string key, ConfigNode value)
    {
        Entries.Add(new(new ConfigScalar(key), value));
        return this;
    }

    /// <summary>Adds or replaces <paramref name="key"/>, keeping its place in the order when it was there (the key node, with its line, is the new one).</summary>
    public void Set(ConfigScalar key, ConfigNode value)
    {
        var index = Entries.FindIndex(e => e.Key.Value == key.Value);
        if (index >= 0)
        {
            Entries[index] = new(key, value);
        }
        else
        {
            Entries.Add(new(key, value));
        }
    }
}
