using JrCasework.Domain.Reminders;

namespace JrCasework.Web.Features.Notifications;

/// <summary>The one sentence a notification says, in the current language (bell, list and e-mail alike).</summary>
internal sealed class NotificationText(IStringLocalizer<NotificationResource> texts)
{
    public string Describe(Notification notification) =>
        texts[$"Notification.{notification.Kind}", notification.FollowUpNumber, notification.CaseReference, Date(notification.DueOn), notification.SupervisorName];

    public string Kind(ReminderKind kind) => texts[$"Kind.{kind}"];

    public string Date(DateOnly date) => DateText.Date(date);
}
