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

    /// <summary>
    /// The query; <paramref name="error"/> names every value that is wrong and says what it should be (null when all
    /// are fine). Enum values are accepted by name only: a number would silently pick whatever member has it.
    /// </summary>
    public static AtRiskQuery Parse(Func<string, string?> get, out string? error)
    {
        ArgumentNullException.ThrowIfNull(get);
        var errors = new List<string>();
        var query = new AtRiskQuery
        {
            Segment = Named<Segment>(get, "segment", errors),
            CsmId = Id(get, "csm", errors),
            OwnerId = Id(get, "owner", errors),
            RenewalWithinDays = Days(get, "renewal", errors),
            Reason = Named<AtRiskRule>(get, "reason", errors),
        };
        error = errors.Count == 0 ? null : string.Join(" ", errors);
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

    private static TEnum? Named<TEnum>(Func<string, string?> get, string key, List<string> errors)
        where TEnum : struct, Enum
    {
        if (get(key) is not { Length: > 0 } text)
        {
            return null;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is not null)
        {
            return Enum.Parse<TEnum>(name);
        }

        errors.Add($"{key} '{Shown(text)}' is not one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    private static int? Id(Func<string, string?> get, string key, List<string> errors)
    {
        if (get(key) is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        errors.Add($"{key} '{Shown(text)}' must be a team member's id (a positive whole number).");
        return null;
    }

    private static int? Days(Func<string, string?> get, string key, List<string> errors)
    {
        if (get(key) is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxRenewalWindowDays)
        {
            return days;
        }

        errors.Add($"{key} '{Shown(text)}' must be a number of days from 0 to {MaxRenewalWindowDays}.");
        return null;
    }

    // The value is echoed so the caller sees what arrived (a repeated parameter arrives joined by commas), but a
    // pasted essay is cut short.
    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
