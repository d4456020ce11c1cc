using System.Net;
using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Cases;
using JrCasework.Web.Features.Notifications;

namespace JrCasework.Web.Features.Reminders;

/// <summary>A composed e-mail: subject, plain text and HTML.</summary>
internal sealed record MailMessageText(string Subject, string Text, string Html);

/// <summary>
/// Writes reminder e-mails in the recipient's language. A reminder names the case by reference,
/// the follow-up's number, its due date and the case's step, and links to the case: nothing else
/// of the case leaves the application.
/// </summary>
internal sealed class ReminderMail(
    IStringLocalizer<NotificationResource> texts,
    IStringLocalizer<CaseResource> caseTexts,
    NotificationText notificationText,
    PublicLinks links)
{
    public MailMessageText Compose(Notification notification, CaseStep step, string? culture)
    {
        using var _ = CultureScope.Use(culture);
        var line = notificationText.Describe(notification);
        var subject = texts[$"Mail.Subject.{notification.Kind}", notification.CaseReference, notificationText.Date(notification.DueOn), notification.SupervisorName].Value;
        var link = notification.Kind == ReminderKind.Escalation ? links.Relative("dashboard") : links.Case(notification.CaseId);
        var linkText = texts[notification.Kind == ReminderKind.Escalation ? "Mail.OpenDashboard" : "Mail.OpenCase"].Value;
        var stepLine = texts["Mail.Step", caseTexts[$"Step.{step}"].Value].Value;
        var settings = links.Relative("Account/Manage/Reminders");
        var footer = texts["Mail.Footer"].Value;

        var text = string.Join("\r\n", line, stepLine, string.Empty, $"{linkText}: {link}", string.Empty, $"{footer} {settings}");
        var html = $"""
            <p>{Encode(line)}</p>
            <p>{Encode(stepLine)}</p>
            <p><a href="{Encode(link.ToString())}">{Encode(linkText)}</a></p>
            <p style="color:#666;font-size:small">{Encode(footer)} <a href="{Encode(settings.ToString())}">{Encode(settings.ToString())}</a></p>
            """;
        return new MailMessageText(subject, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
