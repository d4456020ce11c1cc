namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of notifications, the bell and reminder e-mails, in NotificationResource.resx (English) and NotificationResource.nl.resx (Dutch).</summary>
public sealed class NotificationResource;
