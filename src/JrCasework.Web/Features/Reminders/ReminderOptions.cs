using JrCasework.Domain.Reminders;
using MailKit.Security;

namespace JrCasework.Web.Features.Reminders;

/// <summary>Settings <c>Reminders:*</c>: when reminders go out and how often the app looks for them.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether this instance runs the reminder service (several instances may; each reminder still goes out once).</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 60;

    public int DaysBefore { get; set; } = 1;

    public int EscalateAfterDays { get; set; } = 3;

    /// <summary>How many follow-ups or mails one round handles, so a backlog is worked off in steps.</summary>
    public int BatchSize { get; set; } = 200;

    public ReminderSettings Settings => new ReminderSettings(DaysBefore, EscalateAfterDays).Validated();
}

/// <summary>Settings <c>Mail:*</c>: the SMTP server. E-mail is off until <see cref="Host"/> is set.</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's names).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "jrcasework@example.com";

    public string FromName { get; set; } = "JR Casework";

    /// <summary>Attempts before a mail is marked failed for an administrator to look at.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The pause after the first failed attempt; it doubles with every further failure.</summary>
    public int RetryAfterSeconds { get; set; } = 60;

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How long an instance holds mails it claimed before another instance may take them over.</summary>
    public int ClaimSeconds { get; set; } = 300;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
