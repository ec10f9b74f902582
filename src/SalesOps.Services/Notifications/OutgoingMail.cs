using SalesOps.Core.Handoffs;

namespace SalesOps.Services.Notifications;

/// <summary>An e-mail the app sends.</summary>
public sealed record OutgoingMail(IReadOnlyList<EmailRecipient> To, IReadOnlyList<EmailRecipient> Cc, string Subject, string Body);
