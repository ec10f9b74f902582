using System.Globalization;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// The numbers a dashboard answer is made of, as named facts, for checking that the service and the hand-written SQL
/// computed the same thing. Money is compared in whole units (the two sum doubles in different orders); ordered lists
/// carry their positions.
/// </summary>
internal sealed class DashboardFacts
{
    private readonly SortedDictionary<string, long> _facts = new(StringComparer.Ordinal);

    public DashboardFacts Add(string name, long value)
    {
        _facts[name] = value;
        return this;
    }

    public DashboardFacts Add(string name, decimal value) => Add(name, (long)Math.Round(value));

    public DashboardFacts Add(string name, double value) => Add(name, (long)Math.Round(value));

    public DashboardFacts AddList(string name, IEnumerable<long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var i = 0;
        foreach (var value in values)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{name}[{i++:D3}]"), value);
        }

        return this;
    }

    /// <summary>The first fact on which the two differ, in words, or null when they agree.</summary>
    public static string? FirstDifference(DashboardFacts ours, DashboardFacts raw)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(raw);
        foreach (var name in ours._facts.Keys.Union(raw._facts.Keys).Order(StringComparer.Ordinal))
        {
            var a = ours._facts.TryGetValue(name, out var x) ? x.ToString(CultureInfo.InvariantCulture) : "nothing";
            var b = raw._facts.TryGetValue(name, out var y) ? y.ToString(CultureInfo.InvariantCulture) : "nothing";
            if (a != b)
            {
                return $"{name}: service says {a}, SQL says {b}";
            }
        }

        return null;
    }
}
