using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Reminders;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Admin.Mail;

/// <summary>One row of the outbox as an administrator sees it: address, subject and delivery state, never the body.</summary>
internal sealed record OutboxRow(long Id, DateTime CreatedAtUtc, string ToAddress, string Subject, MailStatus Status, int Attempts, DateTime NextAttemptAtUtc, DateTime? SentAtUtc, string? LastError);

internal sealed record OutboxSummary(bool IsConfigured, string? Host, int Pending, int Retrying, int Failed, int SentLastWeek);

/// <summary>The outbox for administrators: what waits, what failed and why, and sending a failed mail again.</summary>
internal sealed class MailAdministration(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, IOptionsMonitor<MailOptions> options)
{
    public async Task<OutboxSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutgoingMails
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Pending = g.Count(m => m.Status == MailStatus.Pending && m.Attempts == 0),
                Retrying = g.Count(m => m.Status == MailStatus.Pending && m.Attempts > 0),
                Failed = g.Count(m => m.Status == MailStatus.Failed),
                Sent = g.Count(m => m.Status == MailStatus.Sent && m.SentAtUtc >= weekAgo),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var settings = options.CurrentValue;
        return new OutboxSummary(settings.IsConfigured, settings.Host, counts?.Pending ?? 0, counts?.Retrying ?? 0, counts?.Failed ?? 0, counts?.Sent ?? 0);
    }

    /// <summary>The newest mails; <paramref name="onlyProblems"/> keeps the failed ones and those waiting for a retry.</summary>
    public async Task<IReadOnlyList<OutboxRow>> ListAsync(bool onlyProblems, int take = 200, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutgoingMails.AsNoTracking()
            .Where(m => !onlyProblems || m.Status == MailStatus.Failed || (m.Status == MailStatus.Pending && m.Attempts > 0))
            .OrderByDescending(m => m.Id)
            .Take(take)
            .Select(m => new OutboxRow(m.Id, m.CreatedAtUtc, m.ToAddress, m.Subject, m.Status, m.Attempts, m.NextAttemptAtUtc, m.SentAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
    }

    public async Task RetryAsync(long mailId, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mail = await db.OutgoingMails.SingleOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        if (mail is { Status: MailStatus.Failed })
        {
            mail.Retry(clock.GetUtcNow().UtcDateTime);
            await db.RecordAsync(clock, adminId, AuditActions.Admin.MailRetry, "mail:" + mailId, cancellationToken: cancellationToken);
        }
    }
}
