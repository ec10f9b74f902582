using SalesOps.Services.Notifications;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>A mail edge with no server behind it: the app offers to send from the person's own mail client.</summary>
public sealed class UnsentMail : IMailSender
{
    public bool IsConfigured => false;

    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default) =>
        throw new InvalidOperationException("No mail server in these tests.");
}
