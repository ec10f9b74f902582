using SalesOps.Core.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>The handoff section of the CRM configuration as the templates page edits it.</summary>
public sealed class HandoffTemplatesForm
{
    public int CompletionSlaDays { get; set; }

    public int SalesInvolvementDays { get; set; }

    public List<HandoffTemplateForm> Templates { get; init; } = [];

    /// <summary>The template new handoffs start from (followed through renames).</summary>
    public HandoffTemplateForm? Default { get; set; }

    public static HandoffTemplatesForm From(HandoffSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var templates = settings.Templates.Select(HandoffTemplateForm.From).ToList();
        return new()
        {
            CompletionSlaDays = settings.CompletionSlaDays,
            SalesInvolvementDays = settings.SalesInvolvementDays,
            Templates = templates,
            Default = templates.FirstOrDefault(t => string.Equals(t.Name, settings.DefaultTemplate, StringComparison.OrdinalIgnoreCase)),
        };
    }

    public HandoffSettings ToSettings() => new()
    {
        Templates = [.. Templates.Select(t => t.ToTemplate())],
        DefaultTemplate = Default?.Name.Trim() ?? "",
        CompletionSlaDays = CompletionSlaDays,
        SalesInvolvementDays = SalesInvolvementDays,
    };

    /// <summary>A copy of <paramref name="template"/> under a name not used yet, right after it.</summary>
    public HandoffTemplateForm AddCopyOf(HandoffTemplateForm template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var name = $"Copy of {template.Name.Trim()}";
        for (var n = 2; Templates.Any(t => string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)); n++)
        {
            name = $"Copy of {template.Name.Trim()} ({n})";
        }

        var copy = template.CopyAs(name);
        Templates.Insert(Templates.IndexOf(template) + 1, copy);
        return copy;
    }

    /// <summary>Whether two handoff sections say the same (templates compared item by item; lists are not records).</summary>
    public static bool Same(HandoffSettings a, HandoffSettings b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.CompletionSlaDays == b.CompletionSlaDays
            && a.SalesInvolvementDays == b.SalesInvolvementDays
            && a.DefaultTemplate == b.DefaultTemplate
            && a.Templates.Count == b.Templates.Count
            && a.Templates.Zip(b.Templates).All(p => p.First.Name == p.Second.Name && p.First.Version == p.Second.Version && p.First.HasSameItems(p.Second));
    }
}
