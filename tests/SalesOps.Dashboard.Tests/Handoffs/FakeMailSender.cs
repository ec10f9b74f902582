using System.Collections.Concurrent;
using SalesOps.Services.Notifications;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>The mail edge, faked: by default the app has no mail server (Smtp:Host unset).</summary>
public sealed class FakeMailSender : IMailSender
{
    public bool IsConfigured { get; set; }

    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
