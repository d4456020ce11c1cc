namespace JrCasework.Web.Features.Notifications;

/// <summary>
/// Marker for the texts of the notification centre and the reminder mails, in NotificationResource.resx (English) and NotificationResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class NotificationResource;
