using System.Globalization;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// The one place that decides how dates and times look on a page, in a mail or in a calendar: the day
/// before the month, the month as a word, a 24-hour clock — "6 Dec 2026 14:05" in English (en-GB) and
/// "6 dec 2026 14:05" in Dutch (nl-NL). The language is the current UI language narrowed to the culture
/// the app speaks, so a neutral "en" can never fall back to US order. Files for machines (CSV, attributes)
/// use <see cref="Iso(DateOnly)"/>.
/// </summary>
internal static class DateText
{
    /// <summary>The culture that formats: en-GB or nl-NL, whatever the thread was given.</summary>
    public static CultureInfo Culture => CultureInfo.GetCultureInfo(CultureScope.Supported(CultureInfo.CurrentUICulture.Name));

    /// <summary>"6 Dec 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>"Sun 6 Dec 2026", where the day of the week helps plan.</summary>
    public static string DayAndDate(DateOnly date) => date.ToString("ddd d MMM yyyy", Culture);

    /// <summary>"Dec 2026".</summary>
    public static string Month(DateOnly month) => month.ToString("MMM yyyy", Culture);

    /// <summary>"December 2026".</summary>
    public static string LongMonth(DateOnly month) => month.ToString("MMMM yyyy", Culture);

    /// <summary>"14:05" (a local time).</summary>
    public static string Time(DateTime local) => local.ToString("HH:mm", Culture);

    /// <summary>"6 Dec 2026 14:05" (a local time).</summary>
    public static string DateAndTime(DateTime local) => $"{Date(DateOnly.FromDateTime(local))} {Time(local)}";

    /// <summary>"2026-12-06", for files and <c>datetime</c> attributes.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
