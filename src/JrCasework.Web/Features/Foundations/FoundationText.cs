using JrCasework.Domain.Foundations;

namespace JrCasework.Web.Features.Foundations;

/// <summary>The foundations in the user's language: the card's wording, the short grid labels, the nudges, and why a moment was refused.</summary>
public static class FoundationText
{
    /// <summary>The card's wording, e.g. "Give credit when due".</summary>
    public static string Name(this IStringLocalizer<FoundationsResource> t, Foundation foundation) => t[$"Foundation.{foundation}"];

    /// <summary>The grid's short label, e.g. "Credit".</summary>
    public static string Short(this IStringLocalizer<FoundationsResource> t, Foundation foundation) => t[$"Foundation.{foundation}.Short"];

    /// <summary>The card's prompt under the foundation, e.g. "Look for extra or unusual performance…".</summary>
    public static string Hint(this IStringLocalizer<FoundationsResource> t, Foundation foundation) => t[$"Foundation.{foundation}.Hint"];

    public static string Name(this IStringLocalizer<FoundationsResource> t, FoundationState state) => t[$"State.{state}"];

    public static string Name(this IStringLocalizer<FoundationsResource> t, Reception reception) => t[$"Reception.{reception}"];

    /// <summary>Why the domain refused a moment, in the user's language.</summary>
    public static string Reason(this IStringLocalizer<FoundationsResource> t, FoundationRule rule) =>
        rule == FoundationRule.TextTooLong ? t["Rule.TextTooLong", FoundationMoment.MaxNoteLength] : t[$"Rule.{rule}"];

    /// <summary>When it is next due ("next by 4 Dec"), or was ("was due 9 Nov"); null without an interval or a first time.</summary>
    public static string? Due(this IStringLocalizer<FoundationsResource> t, FoundationStatus status) =>
        status.DueOn is { } due ? t[status.State == FoundationState.Overdue ? "Team.WasDue" : "Team.DueOn", DateText.Date(due)].Value : null;

    /// <summary>When it was last done, the way people say it: "today", "3 weeks ago", "never".</summary>
    public static string Ago(this IStringLocalizer<FoundationsResource> t, DateOnly? lastDone, DateOnly today)
    {
        if (lastDone is not { } last)
        {
            return t["Ago.Never"];
        }

        var days = today.DayNumber - last.DayNumber;
        return days switch
        {
            <= 0 => t["Ago.Today"],
            1 => t["Ago.Yesterday"],
            < 14 => t["Ago.Days", days],
            < 60 => t["Ago.Weeks", days / 7],
            < 365 => t["Ago.Months", days / 30],
            _ => t["Ago.OverAYear"],
        };
    }
}
