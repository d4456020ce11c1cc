using JrCasework.Web.Features.Notifications;
using JrCasework.Web.Features.Reminders;

namespace JrCasework.Web.Hosting;

internal static class ReminderExtensions
{
    /// <summary>
    /// Follow-up reminders: the background service that gives them, the outbox that mails them
    /// (settings <c>Reminders:*</c> and <c>Mail:*</c>) and the notification centre that shows them.
    /// </summary>
    public static IServiceCollection AddJrCaseworkReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.IntervalSeconds > 0 && o.BatchSize > 0, "Reminders:IntervalSeconds and Reminders:BatchSize must be positive.")
            .Validate(o => o.DaysBefore is >= 0 and <= 30 && o.EscalateAfterDays is >= 1 and <= 365, "Reminders:DaysBefore is 0-30 and Reminders:EscalateAfterDays 1-365.")
            .ValidateOnStart();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => !o.IsConfigured || (o.Port is > 0 and < 65536 && o.MaxAttempts > 0 && o.RetryAfterSeconds > 0), "Mail:Port, Mail:MaxAttempts and Mail:RetryAfterSeconds must be valid.")
            .ValidateOnStart();

        services.AddSingleton<NotificationText>();
        services.AddSingleton<ReminderMail>();
        services.AddSingleton<ReminderScanner>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderWorker>());
        services.AddScoped<NotificationCentre>();
        services.AddScoped<JrCasework.Web.Features.Admin.Mail.MailAdministration>();
        return services;
    }
}
