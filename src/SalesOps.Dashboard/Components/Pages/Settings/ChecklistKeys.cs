using System.Text;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>Suggests a checklist item key from its label, in the form template validation accepts (snake_case).</summary>
public static class ChecklistKeys
{
    private const int MaxLength = 60;

    /// <summary>"Security review done?" → "security_review_done"; a label starting with a digit gets "item_" in front.</summary>
    public static string FromLabel(string? label)
    {
        var key = new StringBuilder();
        foreach (var c in (label ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && key.Length > 0 && key[^1] != '_')
            {
                // Spaces and punctuation separate words; accents (after FormD) are dropped so "é" counts as "e".
                key.Append('_');
            }
        }

        var text = key.ToString().Trim('_');
        if (text.Length > 0 && !char.IsAsciiLetter(text[0]))
        {
            text = "item_" + text;
        }

        return text.Length > MaxLength ? text[..MaxLength].TrimEnd('_') : text;
    }
}
