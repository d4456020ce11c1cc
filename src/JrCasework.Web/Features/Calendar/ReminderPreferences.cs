namespace JrCasework.Web.Features.Calendar;

/// <summary>Which reminders a user also gets by e-mail, and the language of their e-mails and calendar.</summary>
public sealed record ReminderChoices(bool EmailUpcoming, bool EmailDue, bool EmailEscalations, string Culture);

/// <summary>The reminders page's state: the choices, whether the user is a manager (escalations), and whether a calendar feed exists.</summary>
public sealed record ReminderSettings(ReminderChoices Choices, bool IsManager, bool HasCalendarFeed);

/// <summary>The caller's own reminder settings.</summary>
internal sealed class ReminderPreferences(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    ILogger<ReminderPreferences> logger)
{
    public async Task<ReminderSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == viewer.UserId)
            .Select(u => new { u.EmailUpcomingReminders, u.EmailDueReminders, u.EmailEscalations, u.PreferredCulture, u.CalendarTokenHash })
            .SingleAsync(cancellationToken);

        // No stored choice means the default language, which is what the e-mails then use.
        var choices = new ReminderChoices(
            user.EmailUpcomingReminders, user.EmailDueReminders, user.EmailEscalations, CultureScope.Supported(user.PreferredCulture));
        return new ReminderSettings(choices, viewer.Is(Roles.Manager), user.CalendarTokenHash is not null);
    }

    /// <summary>
    /// Stores the caller's choices. Escalations are only changed for managers: others never see the
    /// choice, so their stored value is left alone. Throws <see cref="ArgumentException"/> for an unsupported culture.
    /// </summary>
    public async Task SaveAsync(ReminderChoices choices, CancellationToken cancellationToken = default)
    {
        if (!IsSupported(choices.Culture))
        {
            throw new ArgumentException("Choose a supported culture.", nameof(choices));
        }

        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == viewer.UserId, cancellationToken);
        user.EmailUpcomingReminders = choices.EmailUpcoming;
        user.EmailDueReminders = choices.EmailDue;
        if (viewer.Is(Roles.Manager))
        {
            user.EmailEscalations = choices.EmailEscalations;
        }

        user.PreferredCulture = CultureScope.SupportedCultures.First(c => string.Equals(c, choices.Culture, StringComparison.OrdinalIgnoreCase));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reminder settings saved by {UserId}", viewer.UserId);
    }

    public static bool IsSupported(string? culture) =>
        CultureScope.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);
}
