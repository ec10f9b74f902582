using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Configuration;

/// <summary>Handoff templates, which one new handoffs use, and the handoff SLA.</summary>
public sealed record HandoffSettings
{
    public IReadOnlyList<HandoffTemplate> Templates { get; init; } =
        [new HandoffTemplate { Name = DefaultHandoffTemplate.Name, Version = DefaultHandoffTemplate.Version, Items = DefaultHandoffTemplate.Items }];

    /// <summary>The template a handoff starts from when a deal is won.</summary>
    public string DefaultTemplate { get; init; } = DefaultHandoffTemplate.Name;

    /// <summary>A handoff should be complete within this many days of the deal closing.</summary>
    public int CompletionSlaDays { get; init; } = 14;

    /// <summary>Sales stays co-owner of the account for this many days after the handoff starts.</summary>
    public int SalesInvolvementDays { get; init; } = 30;

    public HandoffTemplate? Find(string name) =>
        Templates.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// This configuration with the version of every template whose items differ from <paramref name="previous"/>'s
    /// raised by one (new templates start at 1), so that a saved change to a template is always a new version.
    /// </summary>
    public HandoffSettings WithVersionsAfter(HandoffSettings previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return this with
        {
            Templates = [.. Templates.Select(t => previous.Find(t.Name) is { } before
                ? t with { Version = t.HasSameItems(before) ? before.Version : before.Version + 1 }
                : t with { Version = 1 })],
        };
    }

    public IEnumerable<ConfigurationError> Validate(string path = "handoffs")
    {
        if (Templates.Count == 0)
        {
            yield return new($"{path}.templates", "At least one handoff template is needed.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Templates.Count; i++)
        {
            var template = Templates[i];
            if (!string.IsNullOrWhiteSpace(template.Name) && !names.Add(template.Name.Trim()))
            {
                yield return new($"{path}.templates[{i}].name", $"The template name '{template.Name}' is used twice.");
            }

            foreach (var error in template.Validate($"{path}.templates[{i}]"))
            {
                yield return error;
            }
        }

        if (Find(DefaultTemplate) is null)
        {
            yield return new($"{path}.default_template", $"The default template '{DefaultTemplate}' is not one of the templates.");
        }

        if (CompletionSlaDays is < 1 or > 365)
        {
            yield return new($"{path}.completion_sla_days", $"completion_sla_days is {CompletionSlaDays}; it must be between 1 and 365.");
        }

        if (SalesInvolvementDays is < 0 or > 365)
        {
            yield return new($"{path}.sales_involvement_days", $"sales_involvement_days is {SalesInvolvementDays}; it must be between 0 and 365.");
        }
    }
}
