using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SalesOps.Services.Notifications;

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    private readonly SmtpOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!IsConfigured)
        {
            throw new InvalidOperationException("No mail server is configured (Smtp:Host).");
        }

        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.AddRange(mail.To.Select(r => new MailboxAddress(r.Name, r.Address)));
        message.Cc.AddRange(mail.Cc.Select(r => new MailboxAddress(r.Name, r.Address)));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient();
        var security = !_options.UseTls ? SecureSocketOptions.None
            : _options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(_options.Host!, _options.Port, security, ct);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
