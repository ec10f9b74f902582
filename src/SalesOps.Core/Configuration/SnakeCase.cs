using System.Text;

namespace SalesOps.Core.Configuration;

/// <summary>
/// The configuration file's spelling of enum members and field names: <c>SupportExperience</c> ↔ <c>support_experience</c>.
/// </summary>
public static class SnakeCase
{
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Of(value.ToString());

    /// <summary>The member whose snake_case name (or, as people write them, its PascalCase name) is <paramref name="text"/>.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var wanted = (text ?? "").Trim().Replace(' ', '_').Replace('-', '_');
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(member), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(member.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(m => Of(m));
}
