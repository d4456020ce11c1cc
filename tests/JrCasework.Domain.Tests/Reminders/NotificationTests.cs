using JrCasework.Domain.Reminders;

namespace JrCasework.Domain.Tests.Reminders;

public sealed class NotificationTests
{
    [Fact]
    public void MarkingRead_KeepsTheFirstTime()
    {
        var notification = new Notification("user-1", ReminderKind.Due, 1, "JR-2026-0001", 1, new DateOnly(2026, 12, 1), "Sanne de Vries", new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc));
        var first = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

        notification.MarkRead(first);
        notification.MarkRead(first.AddHours(1));

        Assert.True(notification.IsRead);
        Assert.Equal(first, notification.ReadAtUtc);
    }
}
