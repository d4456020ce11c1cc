namespace JrCasework.Web.Resources;

/// <summary>
/// Marker for the texts of the calendar feed, the follow-up download and the reminders profile page, in
/// CalendarResource.resx (English) and CalendarResource.nl.resx (Dutch). It lives with its feature but keeps the
/// namespace of the other resources, so its manifest name and the localisation tests find it like the rest.
/// </summary>
public sealed class CalendarResource;
