namespace SalesOps.Services.Notifications;

/// <summary>The edge to the mail server. Tests replace it; the app uses SMTP when <c>Smtp:Host</c> is set.</summary>
public interface IMailSender
{
    /// <summary>Whether the app can send mail itself; when not, people send from their own mail client.</summary>
    bool IsConfigured { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken ct = default);
}
