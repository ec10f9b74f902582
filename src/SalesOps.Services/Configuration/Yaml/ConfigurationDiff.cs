using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// What differs between two configurations, as a person reads it: changed values with before and after, whole list
/// entries (a tier, a template item, a rotation) added or removed as one line each, in the file's order.
/// </summary>
public static class ConfigurationDiff
{
    // Lists whose entries are named: compared entry by entry, by that name.
    private static readonly string[] IdentityKeys = ["name", "field", "key"];

    public static IReadOnlyList<ConfigurationChange> Between(CrmConfiguration before, CrmConfiguration after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ConfigurationChange>();
        Compare("", CrmConfigurationYaml.ToNode(before), CrmConfigurationYaml.ToNode(after), changes);
        return changes;
    }

    private static void Compare(string path, ConfigNode? a, ConfigNode? b, List<ConfigurationChange> changes)
    {
        switch (a, b)
        {
            case (null, null):
                return;
            case (null, _):
                changes.Add(new(path, null, Summary(b)));
                return;
            case (_, null):
                changes.Add(new(path, Summary(a), null));
                return;
            case (ConfigMap ma, ConfigMap mb):
                foreach (var key in ma.Entries.Select(e => e.Key.Value).Concat(mb.Entries.Select(e => e.Key.Value)).Distinct())
                {
                    Compare(ConfigReader.Join(path, key), ma[key], mb[key], changes);
                }

                return;
            case (ConfigList la, ConfigList lb) when Identity(la) is { } ka && Identity(lb) is { } kb && ka == kb:
                var namesA = la.Items.Cast<ConfigMap>().ToDictionary(m => Name(m, ka));
                var namesB = lb.Items.Cast<ConfigMap>().ToDictionary(m => Name(m, kb));
                foreach (var name in namesA.Keys.Concat(namesB.Keys).Distinct())
                {
                    Compare($"{path}[{name}]", namesA.GetValueOrDefault(name), namesB.GetValueOrDefault(name), changes);
                }

                var commonA = namesA.Keys.Where(namesB.ContainsKey).ToList();
                var commonB = namesB.Keys.Where(namesA.ContainsKey).ToList();
                if (!commonA.SequenceEqual(commonB))
                {
                    changes.Add(new($"{path} (order)", string.Join(", ", commonA), string.Join(", ", commonB)));
                }

                return;
            default:
                var sa = Summary(a);
                var sb = Summary(b);
                if (sa != sb)
                {
                    changes.Add(new(path, sa, sb));
                }

                return;
        }
    }

    /// <summary>The key that names this list's entries, when every entry is a mapping with a distinct value for it.</summary>
    private static string? Identity(ConfigList list)
    {
        if (list.Items.Count == 0 || !list.Items.All(i => i is ConfigMap))
        {
            return null;
        }

        foreach (var key in IdentityKeys)
        {
            var names = list.Items.Cast<ConfigMap>().Select(m => m[key] as ConfigScalar).ToList();
            if (names.All(n => n is not null) && names.Select(n => n!.Value).Distinct(StringComparer.Ordinal).Count() == names.Count)
            {
                return key;
            }
        }

        return null;
    }

    private static string Name(ConfigMap map, string key) => ((ConfigScalar)map[key]!).Value;

    /// <summary>A node on one line: a value, [a, b] for a list, {k: v, ...} for a mapping.</summary>
    public static string Summary(ConfigNode node) => node switch
    {
        ConfigScalar s => s.Quoted || s.Value.Length == 0 ? $"\"{s.Value}\"" : s.Value,
        ConfigList l => $"[{string.Join(", ", l.Items.Select(Summary))}]",
        ConfigMap m => $"{{{string.Join(", ", m.Entries.Select(e => $"{e.Key.Value}: {Summary(e.Value)}"))}}}",
        _ => "",
    };
}
