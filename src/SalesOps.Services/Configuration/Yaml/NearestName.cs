namespace SalesOps.Services.Configuration.Yaml;

/// <summary>"Did you mean ...": the known name closest to a misspelt one (edit distance), when one is close enough.</summary>
public static class NearestName
{
    public static string? Find(string wrong, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        ArgumentNullException.ThrowIfNull(known);
        var w = wrong.Trim().ToLowerInvariant();
        var best = known.Select(k => (Name: k, Distance: Distance(w, k.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        if (best.Name is null)
        {
            return null;
        }

        // Close: a few typos, or one name containing the other (weight ↔ weights, tier ↔ tiers).
        var allowed = Math.Max(2, Math.Min(w.Length, best.Name.Length) / 3);
        return best.Distance <= allowed || best.Name.Contains(w, StringComparison.OrdinalIgnoreCase) && w.Length >= 4
            ? best.Name
            : null;
    }

    public static string Suggestion(string wrong, IEnumerable<string> known) =>
        Find(wrong, known) is { } name ? $" Did you mean '{name}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
