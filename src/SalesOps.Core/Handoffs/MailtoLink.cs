using System.Text;

namespace SalesOps.Core.Handoffs;

/// <summary>A mailto: link that opens an e-mail in the person's own mail client, addressed and written.</summary>
public static class MailtoLink
{
    public static string For(IntroductionEmailDraft email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var link = new StringBuilder("mailto:");
        link.Append(string.Join(',', email.To.Select(r => Uri.EscapeDataString(r.Address))));
        var query = new List<string>();
        if (email.Cc.Count > 0)
        {
            query.Add("cc=" + string.Join(',', email.Cc.Select(r => Uri.EscapeDataString(r.Address))));
        }

        query.Add("subject=" + Uri.EscapeDataString(email.Subject));
        // RFC 6068: line breaks in the body are CRLF.
        query.Add("body=" + Uri.EscapeDataString(email.Body.ReplaceLineEndings("\r\n")));
        return link.Append('?').Append(string.Join('&', query)).ToString();
    }

    /// <summary>The e-mail as plain text for the clipboard, headers first.</summary>
    public static string AsText(IntroductionEmailDraft email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var text = new StringBuilder();
        text.Append("To: ").AppendLine(EmailRecipients.Format(email.To));
        if (email.Cc.Count > 0)
        {
            text.Append("Cc: ").AppendLine(EmailRecipients.Format(email.Cc));
        }

        text.Append("Subject: ").AppendLine(email.Subject).AppendLine().Append(email.Body);
        return text.ToString();
    }
}
