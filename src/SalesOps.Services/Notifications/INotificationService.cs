using SalesOps.Services.Security;

namespace SalesOps.Services.Notifications;

/// <summary>The signed-in person's notification centre: their notifications, the unread count, marking read.</summary>
public interface INotificationService
{
    /// <summary>The latest notifications of the signed-in user's team member (newest first); empty for users without one.</summary>
    [AnyUser]
    Task<IReadOnlyList<NotificationItem>> GetMineAsync(int take = 20, CancellationToken ct = default);

    [AnyUser]
    Task<int> GetUnreadCountAsync(CancellationToken ct = default);

    /// <summary>Marks one of the user's own notifications read (someone else's is left alone and reported as not found).</summary>
    [AnyUser]
    Task<bool> MarkReadAsync(long notificationId, CancellationToken ct = default);

    [AnyUser]
    Task<int> MarkAllReadAsync(CancellationToken ct = default);
}
