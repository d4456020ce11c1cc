namespace JrCasework.Domain.Reminders;

/// <summary>The reminders a follow-up can give rise to, each sent once per due date.</summary>
public enum ReminderKind
{
    /// <summary>To the supervisor, some days before the follow-up is due.</summary>
    Upcoming,

    /// <summary>To the supervisor, on the day the follow-up is due (or as soon as possible after).</summary>
    Due,

    /// <summary>To the supervisor's manager, when the follow-up has been overdue for some days.</summary>
    Escalation,
}

/// <summary>When reminders go out: how many days before, and after how many overdue days a manager hears of it.</summary>
/// <param name="DaysBefore">Days before the due date for the upcoming reminder; 0 sends none.</param>
/// <param name="EscalateAfterDays">Days overdue after which the manager is told.</param>
public sealed record ReminderSettings(int DaysBefore = 1, int EscalateAfterDays = 3)
{
    public ReminderSettings Validated()
    {
        if (DaysBefore is < 0 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(DaysBefore), DaysBefore, "Reminders can be sent 0 to 30 days before.");
        }

        if (EscalateAfterDays is < 1 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(EscalateAfterDays), EscalateAfterDays, "Escalation comes 1 to 365 days after the due date.");
        }

        return this;
    }
}

/// <summary>
/// Which reminders a scheduled follow-up has earned by <c>today</c>. A reminder whose moment was
/// missed (the app was down) is not sent late if a later one replaces it: an upcoming reminder is only
/// sent before the due date, the due reminder from the due date on.
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<ReminderKind> EarnedBy(DateOnly dueOn, DateOnly today, ReminderSettings settings)
    {
        var earned = new List<ReminderKind>(3);
        if (settings.DaysBefore > 0 && today < dueOn && today >= dueOn.AddDays(-settings.DaysBefore))
        {
            earned.Add(ReminderKind.Upcoming);
        }

        if (today >= dueOn)
        {
            earned.Add(ReminderKind.Due);
        }

        if (today >= EscalatesOn(dueOn, settings))
        {
            earned.Add(ReminderKind.Escalation);
        }

        return earned;
    }

    /// <summary>The first day a follow-up due on <paramref name="dueOn"/> is escalated.</summary>
    public static DateOnly EscalatesOn(DateOnly dueOn, ReminderSettings settings) => dueOn.AddDays(settings.EscalateAfterDays);

    /// <summary>The latest due date that can earn any reminder by <paramref name="today"/>.</summary>
    public static DateOnly Horizon(DateOnly today, ReminderSettings settings) => today.AddDays(settings.DaysBefore);
}
