using System.Net.Mail;

namespace SalesOps.Core.Handoffs;

/// <summary>Recipients as people type them in one field: "Name &lt;address&gt;" or a bare address, separated by ; or a new line.</summary>
public static class EmailRecipients
{
    private static readonly char[] Separators = [';', '\n', '\r'];

    public static string Format(IEnumerable<EmailRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return string.Join("; ", recipients.Select(r => string.IsNullOrWhiteSpace(r.Name) ? r.Address : r.ToString()));
    }

    /// <summary>The recipients in <paramref name="text"/>, or the first entry that is not an address.</summary>
    public static (IReadOnlyList<EmailRecipient> Recipients, string? Error) Parse(string? text)
    {
        var recipients = new List<EmailRecipient>();
        foreach (var entry in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MailAddress.TryCreate(entry, out var address) || !address.Host.Contains('.', StringComparison.Ordinal))
            {
                return ([], $"'{entry}' is not an e-mail address; write Name <name@example.com> and separate people with ;.");
            }

            recipients.Add(new EmailRecipient(address.DisplayName.Length > 0 ? address.DisplayName : address.Address, address.Address));
        }

        return (recipients, null);
    }
}
