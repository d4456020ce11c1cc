using System.Net.Sockets;
using JrCasework.Domain.Reminders;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JrCasework.Web.Features.Reminders;

/// <summary>
/// Sends the outbox. An instance first claims a batch of due mails with one UPDATE that no other instance
/// can win at the same time (SQLite runs one writer at a time; on PostgreSQL the rows are locked and
/// others skip them), then sends what it claimed. A mail
/// whose follow-up was done, moved or cancelled in the meantime is cancelled instead of sent; a failed
/// send waits longer after each attempt and, after the last, is marked failed for an administrator.
/// </summary>
internal sealed class MailOutbox(
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    IOptionsMonitor<MailOptions> mailOptions,
    IOptionsMonitor<ReminderOptions> reminderOptions,
    SmtpMailSender sender,
    JrCaseworkMetrics metrics,
    ILogger<MailOutbox> logger)
{
    /// <summary>A backlog is worked off in a few batches per round, so one round never runs for long.</summary>
    private const int MaxBatchesPerRound = 10;

    /// <summary>Sends the mails that are due now, batch after batch; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var batch = 0; batch < MaxBatchesPerRound; batch++)
        {
            var (batchSent, full) = await SendBatchAsync(cancellationToken);
            sent += batchSent;
            if (!full)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<(int Sent, bool Full)> SendBatchAsync(CancellationToken cancellationToken)
    {
        var settings = mailOptions.CurrentValue;
        if (!settings.IsConfigured)
        {
            return (0, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var claim = Guid.NewGuid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await ClaimAsync(db, claim, now, now.AddSeconds(settings.ClaimSeconds), reminderOptions.CurrentValue.BatchSize, cancellationToken);
        if (claimed == 0)
        {
            return (0, false);
        }

        var mails = await db.OutgoingMails.Where(m => m.ClaimToken == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var wanted = await StillWantedAsync(db, mails, cancellationToken);
        foreach (var mail in mails.Where(m => !wanted.Contains(m.Id)))
        {
            mail.Cancel("The follow-up was done, moved or cancelled before the mail went out.");
        }

        await db.SaveChangesAsync(cancellationToken);
        var toSend = mails.Where(m => wanted.Contains(m.Id)).ToList();
        var full = claimed == reminderOptions.CurrentValue.BatchSize;
        if (toSend.Count == 0)
        {
            return (0, full);
        }

        var sent = await SendAsync(db, toSend, settings, cancellationToken);

        // When the server is down, the next batch would fail the same way: wait for the next round.
        return (sent, full && sent > 0);
    }

    /// <summary>Marks up to <paramref name="batchSize"/> due, unclaimed mails as this instance's; returns how many.</summary>
    private static Task<int> ClaimAsync(JrCaseworkDbContext db, Guid claim, DateTime now, DateTime expires, int batchSize, CancellationToken cancellationToken)
    {
        if (db.IsPostgreSql())
        {
            // Several writers at once: rows another instance is claiming are skipped, never waited for and then
            // claimed a second time (an UPDATE over a plain sub-select would re-check only the row, not the sub-select).
            var pending = nameof(MailStatus.Pending);
            return db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "OutgoingMails" SET "ClaimToken" = {claim}, "ClaimExpiresAtUtc" = {expires}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutgoingMails"
                    WHERE "Status" = {pending} AND "NextAttemptAtUtc" <= {now} AND ("ClaimExpiresAtUtc" IS NULL OR "ClaimExpiresAtUtc" < {now})
                    ORDER BY "NextAttemptAtUtc"
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                """,
                cancellationToken);
        }

        // SQLite runs one writer at a time: the UPDATE and its sub-select are one step no other instance can enter.
        return db.OutgoingMails
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptAtUtc <= now && (m.ClaimExpiresAtUtc == null || m.ClaimExpiresAtUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(batchSize)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, claim).SetProperty(m => m.ClaimExpiresAtUtc, expires), cancellationToken);
    }

    private async Task<int> SendAsync(JrCaseworkDbContext db, IReadOnlyList<OutgoingMail> mails, MailOptions settings, CancellationToken cancellationToken)
    {
        var baseDelay = TimeSpan.FromSeconds(settings.RetryAfterSeconds);
        SmtpSession session;
        try
        {
            session = await sender.ConnectAsync(cancellationToken);
        }
        catch (Exception exception) when (IsSendFailure(exception))
        {
            logger.LogWarning("Mail server {Host}:{Port} not reachable ({Error}); {Count} mail(s) wait for a retry", settings.Host, settings.Port, exception.Message, mails.Count);
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var mail in mails)
            {
                mail.MarkAttemptFailed(exception.Message, at, settings.MaxAttempts, baseDelay);
                metrics.MailFailed(mail.Status);
            }

            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var sent = 0;
        await using (session)
        {
            foreach (var mail in mails)
            {
                try
                {
                    await session.SendAsync(mail, cancellationToken);
                    mail.MarkSent(clock.GetUtcNow().UtcDateTime);
                    sent++;
                    metrics.MailSent();
                    logger.LogInformation("Mail {MailId} sent", mail.Id);
                }
                catch (Exception exception) when (IsSendFailure(exception))
                {
                    mail.MarkAttemptFailed(exception.Message, clock.GetUtcNow().UtcDateTime, settings.MaxAttempts, baseDelay);
                    metrics.MailFailed(mail.Status);
                    logger.LogWarning("Mail {MailId} attempt {Attempt} failed ({Error}); status {Status}", mail.Id, mail.Attempts, exception.Message, mail.Status);
                }

                // Saved per mail: a crash after sending must not send the whole batch again.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return sent;
    }

    /// <summary>Reminder mails whose follow-up is still scheduled on the same date, on an open case; other mails always.</summary>
    private static async Task<HashSet<long>> StillWantedAsync(JrCaseworkDbContext db, IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var followUpIds = mails.Where(m => m.FollowUpId is not null).Select(m => m.FollowUpId!.Value).Distinct().ToList();
        var scheduled = (await (
                    from followUp in db.FollowUps
                    join @case in db.Cases on EF.Property<int>(followUp, "CaseId") equals @case.Id
                    where followUpIds.Contains(followUp.Id) && followUp.Status == FollowUpStatus.Scheduled && @case.ClosedAtUtc == null
                    select new { followUp.Id, followUp.DueOn })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => f.Id, f => f.DueOn);
        return mails
            .Where(m => m.FollowUpId is null || (scheduled.TryGetValue(m.FollowUpId.Value, out var dueOn) && dueOn == m.DueOn))
            .Select(m => m.Id)
            .ToHashSet();
    }

    private static bool IsSendFailure(Exception exception) =>
        exception is IOException or SocketException or TimeoutException or ProtocolException or CommandException
            or AuthenticationException or SslHandshakeException or ParseException or SmtpCommandException or SmtpProtocolException
            or OperationCanceledException { CancellationToken.IsCancellationRequested: false };
}
