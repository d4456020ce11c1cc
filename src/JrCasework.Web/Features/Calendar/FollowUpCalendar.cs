using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace JrCasework.Web.Features.Calendar;

/// <summary>
/// One follow-up as a calendar shows it: the case's reference, the follow-up's number and its date.
/// Deliberately nothing else from the case (no title, objective, names or facts).
/// </summary>
internal sealed record CalendarEntry(int FollowUpId, int CaseId, string Reference, int Number, DateOnly DueOn);

/// <summary>
/// Writes follow-ups as iCalendar (RFC 5545): one all-day event per follow-up, with a stable UID so
/// that a calendar updates an event rather than adding a second one when a follow-up moves.
/// </summary>
internal sealed class FollowUpCalendar(IStringLocalizer<CalendarResource> texts, PublicLinks links, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The hour of the due day at which a calendar that honours alarms reminds the user.</summary>
    private const int AlarmHour = 9;

    /// <summary>
    /// The calendar text in <paramref name="culture"/> (en-GB or nl-NL; anything else falls back to the
    /// default). A <paramref name="feed"/> also carries a name and a refresh interval for subscriptions.
    /// </summary>
    public string Write(IEnumerable<CalendarEntry> entries, string? culture, bool feed)
    {
        using var _ = CultureScope.Use(culture);
        var calendar = new Ical.Net.Calendar { ProductId = "-//JR Casework//Follow-ups//EN", Method = "PUBLISH" };
        if (feed)
        {
            calendar.AddProperty("X-WR-CALNAME", texts["Calendar.Name"]);
            calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
            calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        }

        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, hasTime: true);
        foreach (var entry in entries)
        {
            calendar.Events.Add(Event(entry, stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private CalendarEvent Event(CalendarEntry entry, CalDateTime stamp)
    {
        var summary = texts["Calendar.Summary", entry.Reference, entry.Number].Value;
        var link = links.Case(entry.CaseId);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"followup-{entry.FollowUpId}@jrcasework",
            DtStamp = stamp,
            DtStart = new CalDateTime(entry.DueOn),
            DtEnd = new CalDateTime(entry.DueOn.AddDays(1)),
            Summary = summary,
            Description = texts["Calendar.Description", link].Value,
            Url = link,

            // A day-long reminder should not mark the whole day as busy.
            Transparency = "TRANSPARENT",
        };
        calendarEvent.Alarms.Add(new Alarm
        {
            Action = Ical.Net.AlarmAction.Display,
            Description = summary,
            Trigger = new Trigger(Duration.FromHours(AlarmHour)),
        });
        return calendarEvent;
    }
}
