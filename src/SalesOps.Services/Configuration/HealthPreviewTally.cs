using SalesOps.Core.Domain;

namespace SalesOps.Services.Configuration;

/// <summary>
/// Adds up a preview one account at a time (per batch; batches merge), keeping only the counts and the few accounts
/// that could be shown as examples, so memory stays flat however many accounts there are.
/// </summary>
internal sealed class HealthPreviewTally(int exampleCount)
{
    private static readonly HealthBand?[] BandOrder = [HealthBand.Healthy, HealthBand.Watch, HealthBand.AtRisk, null];

    private readonly Dictionary<(HealthBand? From, HealthBand? To), int> _moves = [];
    private readonly List<Candidate> _examples = [];
    private int _accounts;
    private int _scoreChanges;
    private int _atRiskBefore;
    private int _atRiskAfter;
    private int _newlyAtRisk;
    private int _noLongerAtRisk;
    private decimal _arrAtRiskBefore;
    private decimal _arrAtRiskAfter;

    public void Add(int accountId, decimal arr, PreviewOutcome before, PreviewOutcome after)
    {
        _accounts++;
        _moves[(before.Band, after.Band)] = _moves.GetValueOrDefault((before.Band, after.Band)) + 1;
        if (before.Score != after.Score)
        {
            _scoreChanges++;
        }

        if (before.AtRisk)
        {
            _atRiskBefore++;
            _arrAtRiskBefore += before.ArrAtStake;
        }

        if (after.AtRisk)
        {
            _atRiskAfter++;
            _arrAtRiskAfter += after.ArrAtStake;
        }

        if (before.AtRisk != after.AtRisk)
        {
            if (after.AtRisk)
            {
                _newlyAtRisk++;
            }
            else
            {
                _noLongerAtRisk++;
            }
        }

        if (before.Band != after.Band || before.AtRisk != after.AtRisk)
        {
            _examples.Add(new Candidate(accountId, arr, before, after));
            if (_examples.Count > 4 * exampleCount)
            {
                TrimExamples();
            }
        }
    }

    public void Merge(HealthPreviewTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _accounts += other._accounts;
        foreach (var (key, count) in other._moves)
        {
            _moves[key] = _moves.GetValueOrDefault(key) + count;
        }

        _scoreChanges += other._scoreChanges;
        _atRiskBefore += other._atRiskBefore;
        _atRiskAfter += other._atRiskAfter;
        _newlyAtRisk += other._newlyAtRisk;
        _noLongerAtRisk += other._noLongerAtRisk;
        _arrAtRiskBefore += other._arrAtRiskBefore;
        _arrAtRiskAfter += other._arrAtRiskAfter;
        _examples.AddRange(other._examples);
        TrimExamples();
    }

    /// <summary>The accounts that will be shown as examples, best first.</summary>
    public IReadOnlyList<int> ExampleIds()
    {
        TrimExamples();
        return _examples.Select(e => e.AccountId).ToList();
    }

    public HealthModelPreview ToPreview(DateTimeOffset asOf, int currentVersion, IReadOnlyDictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        TrimExamples();
        return new HealthModelPreview
        {
            AsOf = asOf,
            CurrentVersion = currentVersion,
            Accounts = _accounts,
            Bands = BandOrder.Select(b => new HealthBandCount(
                b,
                _moves.Where(m => m.Key.From == b).Sum(m => m.Value),
                _moves.Where(m => m.Key.To == b).Sum(m => m.Value))).ToList(),
            Moves = BandOrder.SelectMany(from => BandOrder.Select(to => (From: from, To: to)))
                .Where(m => _moves.ContainsKey(m))
                .Select(m => new HealthBandMove(m.From, m.To, _moves[m]))
                .ToList(),
            BandChanges = _moves.Where(m => m.Key.From != m.Key.To).Sum(m => m.Value),
            ScoreChanges = _scoreChanges,
            AtRiskBefore = _atRiskBefore,
            AtRiskAfter = _atRiskAfter,
            NewlyAtRisk = _newlyAtRisk,
            NoLongerAtRisk = _noLongerAtRisk,
            ArrAtRiskBefore = _arrAtRiskBefore,
            ArrAtRiskAfter = _arrAtRiskAfter,
            Examples = _examples.Select(e => new HealthPreviewAccount(
                e.AccountId, names.GetValueOrDefault(e.AccountId, $"Account {e.AccountId}"), e.Arr,
                e.Before.Score, e.Before.Band, e.Before.AtRisk, e.After.Score, e.After.Band, e.After.AtRisk)).ToList(),
        };
    }

    // Accounts that change band come first, then those whose at-risk flag changes; within each, the largest ARR.
    private void TrimExamples()
    {
        _examples.Sort((x, y) =>
        {
            var byBand = (y.Before.Band != y.After.Band).CompareTo(x.Before.Band != x.After.Band);
            if (byBand != 0)
            {
                return byBand;
            }

            var byArr = y.Arr.CompareTo(x.Arr);
            return byArr != 0 ? byArr : x.AccountId.CompareTo(y.AccountId);
        });
        if (_examples.Count > exampleCount)
        {
            _examples.RemoveRange(exampleCount, _examples.Count - exampleCount);
        }
    }

    private sealed record Candidate(int AccountId, decimal Arr, PreviewOutcome Before, PreviewOutcome After);
}
