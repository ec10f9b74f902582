using System.Globalization;
using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// Reads values out of <see cref="ConfigNode"/>s by their expected type, collecting every problem with its line, column
/// and path instead of stopping at the first, and remembering where each path stood so that the model's own validation
/// errors (which name paths) can be given a place in the file too.
/// </summary>
internal sealed class ConfigReader
{
    private readonly Dictionary<string, (int Line, int Column)> _places = new(StringComparer.Ordinal);

    public List<ConfigurationFileError> Errors { get; } = [];

    /// <summary>Top-level sections the file left out (their built-in defaults apply).</summary>
    public List<string> Missing { get; } = [];

    public void Error(ConfigNode? node, string path, string message) =>
        Errors.Add(new(node?.Line ?? 0, node?.Column ?? 0, path, message));

    public void Remember(string path, ConfigNode node)
    {
        if (node.Line > 0)
        {
            _places.TryAdd(path, (node.Line, node.Column));
        }
    }

    /// <summary>The model's validation error, placed at its field or the nearest enclosing one the file has.</summary>
    public ConfigurationFileError Place(ConfigurationError error)
    {
        var path = error.Field;
        while (path.Length > 0)
        {
            if (_places.TryGetValue(path, out var place))
            {
                return new(place.Line, place.Column, error.Field, error.Message);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path[..cut] : "";
        }

        return new(0, 0, error.Field, error.Message);
    }

    /// <summary>The node as a mapping whose keys are all among <paramref name="known"/>; null (and an error) otherwise.</summary>
    public ConfigMap? Map(ConfigNode? node, string path, IReadOnlyCollection<string> known)
    {
        if (node is null)
        {
            return null;
        }

        Remember(path, node);
        if (node is not ConfigMap map)
        {
            Error(node, path, $"{Name(path)} must be {new ConfigMap().Kind}, not {node.Kind}.");
            return null;
        }

        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                Error(key, Join(path, key.Value), $"Unknown key '{key.Value}'{(path.Length > 0 ? $" in {path}" : "")}.{NearestName.Suggestion(key.Value, known)} Known keys here: {string.Join(", ", known)}.");
            }
        }

        return map;
    }

    public int Int(ConfigMap? map, string key, string path, int fallback, int? min = null)
    {
        var node = Value(map, key, path);
        if (node is null)
        {
            return fallback;
        }

        if (node is ConfigScalar { Quoted: false } s && int.TryParse(s.Value.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (min is { } m && value < m)
            {
                Error(node, Join(path, key), $"{key} is {value}; it must be at least {m}.");
            }

            return value;
        }

        Error(node, Join(path, key), $"{key} must be a whole number, not {Describe(node)}.");
        return fallback;
    }

    public int? OptionalInt(ConfigMap? map, string key, string path, int? fallback)
    {
        var node = Value(map, key, path);
        return node is null or ConfigScalar { IsNull: true } ? (node is null ? fallback : null) : Int(map, key, path, 0);
    }

    public bool Bool(ConfigMap? map, string key, string path, bool fallback)
    {
        var node = Value(map, key, path);
        if (node is null)
        {
            return fallback;
        }

        if (node is ConfigScalar { Quoted: false } s)
        {
            switch (s.Value.ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        Error(node, Join(path, key), $"{key} must be true or false, not {Describe(node)}.");
        return fallback;
    }

    public string Text(ConfigMap? map, string key, string path, string fallback)
    {
        var node = Value(map, key, path);
        if (node is null)
        {
            return fallback;
        }

        if (node is ConfigScalar s && !s.IsNull)
        {
            return s.Value.Trim();
        }

        Error(node, Join(path, key), $"{key} must be text, not {Describe(node)}.");
        return fallback;
    }

    public TEnum Enum<TEnum>(ConfigNode node, string path, string what, TEnum fallback) where TEnum : struct, Enum
    {
        Remember(path, node);
        if (node is ConfigScalar s && SnakeCase.TryParse<TEnum>(s.Value, out var value))
        {
            return value;
        }

        var known = SnakeCase.Names<TEnum>().ToList();
        var wrong = node is ConfigScalar scalar ? scalar.Value : "";
        Error(node, path, $"{(node is ConfigScalar ? $"'{wrong}'" : Describe(node))} is not {what}.{NearestName.Suggestion(wrong, known)} Use one of: {string.Join(", ", known)}.");
        return fallback;
    }

    public TEnum Enum<TEnum>(ConfigMap? map, string key, string path, string what, TEnum fallback) where TEnum : struct, Enum =>
        Value(map, key, path) is { } node ? Enum(node, Join(path, key), what, fallback) : fallback;

    /// <summary>The items of the list under <paramref name="key"/> with their paths; null when the key is absent.</summary>
    public List<(ConfigNode Node, string Path)>? List(ConfigMap? map, string key, string path)
    {
        var node = Value(map, key, path);
        if (node is null)
        {
            return null;
        }

        if (node is ConfigScalar { IsNull: true })
        {
            return [];
        }

        if (node is not ConfigList list)
        {
            Error(node, Join(path, key), $"{key} must be {new ConfigList().Kind}, not {node.Kind}.");
            return null;
        }

        var items = list.Items.Select((item, i) => (item, $"{Join(path, key)}[{i}]")).ToList();
        foreach (var (item, itemPath) in items)
        {
            Remember(itemPath, item);
        }

        return items;
    }

    public ConfigNode? Value(ConfigMap? map, string key, string path)
    {
        if (map?[key] is not { } node)
        {
            return null;
        }

        Remember(Join(path, key), map.KeyNode(key)!);
        return node;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Name(string path) => path.Length == 0 ? "The file" : $"'{path}'";

    private static string Describe(ConfigNode node) => node switch
    {
        ConfigScalar { IsNull: true } => "an empty value",
        ConfigScalar s => $"'{s.Value}'",
        _ => node.Kind,
    };
}
