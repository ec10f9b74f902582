using Microsoft.EntityFrameworkCore;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Notifications;

internal sealed class NotificationService(IDbContextFactory<SalesOpsDbContext> contextFactory, ICurrentUser user, TimeProvider clock) : INotificationService
{
    public async Task<IReadOnlyList<NotificationItem>> GetMineAsync(int take = 20, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await CurrentTeamMember.IdAsync(db, user, ct) is not { } me)
        {
            return [];
        }

        return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(take, 1, 100))
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
    }

    public async Task<int> GetUnreadCountAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await CurrentTeamMember.IdAsync(db, user, ct) is { } me
            ? await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, ct)
            : 0;
    }

    public async Task<bool> MarkReadAsync(long notificationId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await CurrentTeamMember.IdAsync(db, user, ct) is not { } me)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId && n.RecipientId == me, ct);
        if (notification is null)
        {
            return false;
        }

        notification.ReadAt ??= now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await CurrentTeamMember.IdAsync(db, user, ct) is not { } me)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
