using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Data;
using SalesOps.Services.Notifications;

namespace SalesOps.Services.Expansion;

/// <summary>
/// Stores a new signal and hands it to the account manager: an in-app notification, an e-mail when a mail server is
/// configured, and the "account manager notified" step. Shared by people, integrations and usage detection.
/// </summary>
internal static class SignalRecorder
{
    public static async Task<ExpansionSignal> RecordAsync(SalesOpsDbContext db, ExpansionSignal signal, IMailSender mail, DateTimeOffset now, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == signal.AccountId)
            .Select(a => new { a.Name, a.OwnerId, Owner = a.Owner != null ? new { a.Owner.Name, a.Owner.Email } : null })
            .FirstAsync(ct);
        signal.AccountManagerId = account.OwnerId;
        db.ExpansionSignals.Add(signal);
        await db.SaveChangesAsync(ct);

        if (account.OwnerId is not { } managerId)
        {
            // Nobody to tell: the signal stays "logged" and shows up as unacknowledged on the expansion page.
            return signal;
        }

        var label = TriggerCatalog.Label(signal.Trigger);
        var body = signal.Source == SignalSource.Detected ? signal.Evidence : signal.Context;
        db.Notifications.Add(new Notification
        {
            RecipientId = managerId, Kind = NotificationKind.ExpansionSignal, CreatedAt = now,
            Title = $"Expansion signal: {account.Name}: {label}",
            Body = Trim(body, 400),
            Link = $"/expansion/signals/{signal.Id}", AccountId = signal.AccountId, SignalId = signal.Id,
        });
        SignalWorkflow.MarkNotified(signal, now);
        await db.SaveChangesAsync(ct);

        if (mail.IsConfigured && account.Owner is { Email.Length: > 0 } owner)
        {
            try
            {
                await mail.SendAsync(new OutgoingMail([new(owner.Name, owner.Email)], [],
                    $"Expansion signal: {account.Name}: {label}",
                    $"{label}{Environment.NewLine}{Environment.NewLine}{body}{Environment.NewLine}{Environment.NewLine}Open it in SalesOps: /expansion/signals/{signal.Id}"), ct);
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // The in-app notification is the record; a mail server hiccup must not lose the signal.
            }
        }

        return signal;
    }

    private static string? Trim(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
