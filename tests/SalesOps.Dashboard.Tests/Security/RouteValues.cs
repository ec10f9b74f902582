using Microsoft.AspNetCore.Routing.Patterns;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>
/// Fills a route template's parameters with values that reach the page: integer ids become an existing account id,
/// parameters named like a user id an existing user id, GUIDs a new GUID, anything else (tokens, slugs) a random
/// string. Extend the rule here when a new page needs a different kind of value.
/// </summary>
public sealed class RouteValues(int accountId, string userId)
{
    /// <summary>The concrete path, and whether any value was made up (the page may then answer 404).</summary>
    public (string Path, bool MadeUp) Fill(string template)
    {
        var pattern = RoutePatternFactory.Parse(template);
        var madeUp = false;
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter:
                        var (value, invented) = ValueFor(parameter);
                        madeUp |= invented;
                        text += Uri.EscapeDataString(value);
                        break;
                }
            }

            segments.Add(text);
        }

        return ("/" + string.Join('/', segments.Where(s => s.Length > 0)), madeUp);
    }

    private (string Value, bool MadeUp) ValueFor(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (parameter.Default is { } fallback)
        {
            return (fallback.ToString() ?? "", false);
        }

        if (constraints.Any(c => c is "int" or "long"))
        {
            return (accountId.ToString(System.Globalization.CultureInfo.InvariantCulture), false);
        }

        if (constraints.Contains("guid"))
        {
            return (Guid.NewGuid().ToString(), true);
        }

        if (parameter.Name.Contains("user", StringComparison.OrdinalIgnoreCase))
        {
            return (userId, false);
        }

        return ("x" + Guid.NewGuid().ToString("N")[..16], true);
    }
}
