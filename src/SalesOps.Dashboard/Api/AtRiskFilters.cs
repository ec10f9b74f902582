using System.Globalization;
using Microsoft.Extensions.Primitives;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// The at-risk list's filters as they appear in a query string (<c>segment</c>, <c>csm</c>, <c>owner</c>,
/// <c>renewal</c> in days, <c>reason</c>): shared by the page and the CSV export, so a link and its export agree.
/// </summary>
public static class AtRiskFilters
{
    public const int MaxRenewalWindowDays = 3660;

    /// <summary>The query; <paramref name="error"/> says which value is wrong and what it should be.</summary>
    public static AtRiskQuery Parse(Func<string, string?> get, out string? error)
    {
        ArgumentNullException.ThrowIfNull(get);
        error = null;
        var query = new AtRiskQuery();
        if (get("segment") is { Length: > 0 } segment)
        {
            if (Enum.TryParse<Segment>(segment, true, out var s) && Enum.IsDefined(s))
            {
                query = query with { Segment = s };
            }
            else
            {
                error = $"segment '{segment}' is not one of: {string.Join(", ", Enum.GetNames<Segment>())}.";
            }
        }

        query = query with
        {
            CsmId = Id(get, "csm", ref error),
            OwnerId = Id(get, "owner", ref error),
        };

        if (get("renewal") is { Length: > 0 } renewal)
        {
            if (int.TryParse(renewal, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxRenewalWindowDays)
            {
                query = query with { RenewalWithinDays = days };
            }
            else
            {
                error = $"renewal '{renewal}' must be a number of days from 0 to {MaxRenewalWindowDays}.";
            }
        }

        if (get("reason") is { Length: > 0 } reason)
        {
            if (Enum.TryParse<AtRiskRule>(reason, true, out var r) && Enum.IsDefined(r))
            {
                query = query with { Reason = r };
            }
            else
            {
                error = $"reason '{reason}' is not one of: {string.Join(", ", Enum.GetNames<AtRiskRule>())}.";
            }
        }

        return query;
    }

    public static AtRiskQuery Parse(IQueryCollection query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Parse(key => query.TryGetValue(key, out StringValues v) ? v.ToString() : null, out error);
    }

    /// <summary>The query string of a query's filters (without paging or sort), for links and the export.</summary>
    public static string ToQueryString(AtRiskQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (query.Segment is { } s)
        {
            parts.Add($"segment={s}");
        }

        if (query.CsmId is { } c)
        {
            parts.Add(FormattableString.Invariant($"csm={c}"));
        }

        if (query.OwnerId is { } o)
        {
            parts.Add(FormattableString.Invariant($"owner={o}"));
        }

        if (query.RenewalWithinDays is { } d)
        {
            parts.Add(FormattableString.Invariant($"renewal={d}"));
        }

        if (query.Reason is { } r)
        {
            parts.Add($"reason={r}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static int? Id(Func<string, string?> get, string key, ref string? error)
    {
        if (get(key) is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        error = $"{key} '{text}' must be a team member's id (a positive whole number).";
        return null;
    }
}
