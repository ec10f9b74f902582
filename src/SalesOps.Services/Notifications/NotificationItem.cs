using SalesOps.Core.Domain;

namespace SalesOps.Services.Notifications;

/// <summary>A notification as the bell lists it.</summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, string Title, string? Body, string? Link, DateTimeOffset CreatedAt, bool IsRead);
