using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// The dashboards' numbers as one would write them by hand in SQL against the file (ADO.NET, no EF, no service): the
/// yardstick for the service's times. Each method returns the same <see cref="DashboardFacts"/> as the service's
/// answer, so the harness can check that both computed the same thing.
/// </summary>
internal sealed class RawSql(SqliteConnection connection)
{
    private const string Live = "a.Lifecycle <> 'Churned'";
    private const string AtRiskRow = """
        SELECT a.Id, a.Name, a.Segment, a.Arr, a.HealthArrAtStake, a.RenewalDate, c.Name, o.Name, a.HealthScore, a.HealthBand,
               (SELECT s.AtRiskReasons FROM HealthSnapshots s WHERE s.AccountId = a.Id ORDER BY s.Date DESC LIMIT 1)
        FROM Accounts a LEFT JOIN TeamMembers c ON c.Id = a.CsmId LEFT JOIN TeamMembers o ON o.Id = a.OwnerId
        WHERE a.Lifecycle <> 'Churned' AND a.HealthIsAtRisk
        """;

    private readonly SqliteConnection _connection = connection;

    public async Task<DashboardFacts> OverviewAsync(DateOnly today, DateOnly to)
    {
        var facts = new DashboardFacts();
        await PipelineMonthsAsync(facts, today, to);
        await ReadAsync($"""
            SELECT COUNT(*), TOTAL(Arr), COUNT(CASE WHEN RenewalDate BETWEEN $today AND $horizon THEN 1 END),
                   COUNT(HealthScore), COUNT(CASE WHEN HealthIsAtRisk THEN 1 END), TOTAL(CASE WHEN HealthIsAtRisk THEN HealthArrAtStake END),
                   AVG(HealthScore), TOTAL(CASE WHEN RenewalDate BETWEEN $today AND $horizon THEN Arr END), TOTAL(CASE WHEN HealthIsAtRisk THEN Arr END)
            FROM Accounts a WHERE {Live}
            """, r => facts.Add("accounts", r.GetInt64(0)).Add("arr", r.GetDouble(1)).Add("renewals90", r.GetInt64(2))
                .Add("scored", r.GetInt64(3)).Add("atRisk", r.GetInt64(4)).Add("arrAtRisk", r.GetDouble(5)),
            ("$today", Day(today)), ("$horizon", Day(today.AddDays(90))));
        await ReadAsync("SELECT COUNT(*), COUNT(EscalatedAt) FROM SupportTickets WHERE Status IN ('New', 'Open', 'Pending', 'OnHold')",
            r => facts.Add("openTickets", r.GetInt64(0)).Add("openEscalations", r.GetInt64(1)));
        await ReadAsync("SELECT COUNT(*) FROM ExpansionSignals WHERE Status IN ('Logged', 'AccountManagerNotified', 'WarmIntroduction')",
            r => facts.Add("openSignals", r.GetInt64(0)));
        await ReadAsync($"SELECT HealthBand, COUNT(*), TOTAL(Arr) FROM Accounts a WHERE {Live} GROUP BY HealthBand",
            r => facts.Add($"band {(r.IsDBNull(0) ? "none" : r.GetString(0))}", r.GetInt64(1)));
        // The live accounts' trend as all snapshots less the churned accounts' ones; the plain join of every snapshot to its
        // account is the same number, many times slower at scale L.
        var trend = new Dictionary<string, long>();
        await ReadAsync("SELECT Date, COUNT(*), SUM(Score) FROM HealthSnapshots WHERE Date >= $from AND Date <= $today GROUP BY Date",
            r => trend[r.GetString(0)] = r.GetInt64(1), ("$from", Day(today.AddDays(-90))), ("$today", Day(today)));
        await ReadAsync("""
            SELECT s.Date, COUNT(*), SUM(s.Score) FROM HealthSnapshots s
            WHERE s.AccountId IN (SELECT Id FROM Accounts WHERE Lifecycle = 'Churned') AND s.Date >= $from AND s.Date <= $today
            GROUP BY s.Date
            """, r => trend[r.GetString(0)] -= r.GetInt64(1), ("$from", Day(today.AddDays(-90))), ("$today", Day(today)));
        foreach (var (date, count) in trend.Where(d => d.Value > 0))
        {
            facts.Add($"trend {date}", count);
        }

        var top = new List<long>();
        await ReadAsync($"{AtRiskRow} ORDER BY a.Arr DESC, a.Name, a.Id LIMIT 5", r => top.Add(r.GetInt64(0)));
        return facts.AddList("top", top);
    }

    public async Task<DashboardFacts> AtRiskFirstPageAsync(int pageSize)
    {
        var facts = new DashboardFacts();
        await ReadAsync($"SELECT COUNT(*) FROM Accounts a WHERE {Live} AND a.HealthIsAtRisk", r => facts.Add("total", r.GetInt64(0)));
        var rows = new List<long>();
        await ReadAsync($"{AtRiskRow} ORDER BY a.HealthArrAtStake DESC, a.Name, a.Id LIMIT $size", r => rows.Add(r.GetInt64(0)),
            ("$size", pageSize));
        return facts.AddList("row", rows);
    }

    /// <summary>The renewals per month and band (with the configuration the forecast needs); returns how many there are.</summary>
    private async Task<long> PipelineMonthsAsync(DashboardFacts facts, DateOnly today, DateOnly to)
    {
        await ReadAsync("SELECT Json FROM ConfigurationVersions ORDER BY Version DESC LIMIT 1", _ => { });
        long total = 0;
        await ReadAsync($"""
            SELECT substr(a.RenewalDate, 1, 7) AS Month, a.HealthBand, COUNT(*), TOTAL(a.Arr),
                   TOTAL(CASE WHEN a.HealthIsAtRisk THEN a.HealthArrAtStake END)
            FROM Accounts a WHERE {Live} AND a.RenewalDate BETWEEN $today AND $to
            GROUP BY Month, a.HealthBand
            """, r =>
            {
                total += r.GetInt64(2);
                facts.Add($"{r.GetString(0)} {(r.IsDBNull(1) ? "none" : r.GetString(1))}", r.GetInt64(2));
            },
            ("$today", Day(today)), ("$to", Day(to)));
        return total;
    }

    public async Task<DashboardFacts> RenewalPipelineAsync(DateOnly today, DateOnly to, int pageSize)
    {
        var facts = new DashboardFacts();
        facts.Add("total", await PipelineMonthsAsync(facts, today, to));

        var ids = new List<long>();
        await ReadAsync($"""
            SELECT a.Id, a.Name, a.RenewalDate, a.Arr, a.HealthBand, o.Name, c.Name
            FROM Accounts a LEFT JOIN TeamMembers o ON o.Id = a.OwnerId LEFT JOIN TeamMembers c ON c.Id = a.CsmId
            WHERE {Live} AND a.RenewalDate BETWEEN $today AND $to
            ORDER BY a.RenewalDate, a.Name, a.Id LIMIT $size
            """, r => ids.Add(r.GetInt64(0)),
            ("$today", Day(today)), ("$to", Day(to)), ("$size", pageSize));
        facts.AddList("row", ids);

        // The page's renewal deals; the ids are numbers read above, so they go into the text as they are.
        await ReadAsync($"SELECT AccountId, Id, CloseDate, Stage FROM Opportunities WHERE Type = 'Renewal' AND AccountId IN ({string.Join(",", ids)})", _ => { });
        return facts;
    }

    private async Task ReadAsync(string sql, Action<SqliteDataReader> row, params (string Name, object Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is this class's own text; values go in as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
