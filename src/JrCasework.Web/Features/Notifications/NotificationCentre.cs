using JrCasework.Domain.Reminders;

namespace JrCasework.Web.Features.Notifications;

/// <summary>A user's own notifications: count, list, mark read. Nobody reads or changes another user's.</summary>
internal sealed class NotificationCentre(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireActiveAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);
    }

    /// <summary>The newest first; unread ones only when asked.</summary>
    public async Task<IReadOnlyList<Notification>> LatestAsync(int take = PageSize, bool onlyUnread = false, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireActiveAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && (!onlyUnread || n.ReadAtUtc == null))
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    public async Task MarkReadAsync(long notificationId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireActiveAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken)
            ?? throw new AccessDeniedException();
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireActiveAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }

    /// <summary>
    /// Where a notification leads: the supervisor's own case, or for an escalation the manager's
    /// dashboard (a manager sees the case's status there; its content only when it was referred to them).
    /// </summary>
    public static string LinkFor(Notification notification) =>
        notification.Kind == ReminderKind.Escalation ? "dashboard" : $"cases/{notification.CaseId}";
}
