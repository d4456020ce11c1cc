namespace JrCasework.Web.Features.Calendar;

/// <summary>
/// Marker for the texts of the calendar feed, the follow-up download and the reminder settings page, in CalendarResource.resx (English) and CalendarResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class CalendarResource;
