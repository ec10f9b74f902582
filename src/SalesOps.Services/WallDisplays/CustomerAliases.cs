using SalesOps.Core.Configuration;

namespace SalesOps.Services.WallDisplays;

/// <summary>
/// Replaces customer names with "Customer 1", "Customer 2", … for walls in public areas, numbering accounts in the
/// order the rotation shows them, so one account keeps its number across the panels of a reading. Done before the
/// reading leaves the server, so the names never reach that browser.
/// </summary>
internal sealed class CustomerAliases
{
    private readonly Dictionary<int, string> _aliases = [];

    public static WallPanelData Hide(WallPanelData data, IEnumerable<WallPanel> order)
    {
        var aliases = new CustomerAliases();
        foreach (var panel in order)
        {
            data = panel switch
            {
                WallPanel.ArrAtRisk when data.ArrAtRisk is { } r =>
                    data with { ArrAtRisk = r with { Top = [.. r.Top.Select(x => x with { Name = aliases.For(x.AccountId) })] } },
                WallPanel.OpenEscalations when data.Escalations is { } e =>
                    data with { Escalations = e with { Longest = [.. e.Longest.Select(x => x with { Name = aliases.For(x.AccountId) })] } },
                WallPanel.ExpansionSignalsThisWeek when data.Expansion is { } s =>
                    data with { Expansion = s with { Latest = [.. s.Latest.Select(x => x with { AccountName = aliases.For(x.AccountId) })] } },
                WallPanel.HandoffsOverdue when data.Handoffs is { } h =>
                    data with { Handoffs = h with { MostOverdue = [.. h.MostOverdue.Select(x => x with { AccountName = aliases.For(x.AccountId) })] } },
                // The overview and renewal windows are counts and sums: no names to hide.
                _ => data,
            };
        }

        return data;
    }

    private string For(int accountId)
    {
        if (!_aliases.TryGetValue(accountId, out var alias))
        {
            alias = $"Customer {_aliases.Count + 1}";
            _aliases[accountId] = alias;
        }

        return alias;
    }
}
