using JrCasework.Domain.Reminders;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Reminders;

/// <summary>What one scan did: reminders given, and whether a full batch suggests more are waiting.</summary>
internal sealed record ScanResult(int Given, bool More);

/// <summary>
/// Finds follow-ups that earned a reminder and gives each reminder once: a ledger entry, a
/// notification per recipient and, for recipients who want it, an e-mail in the outbox — all in one
/// transaction. The ledger's unique key makes a second instance's attempt fail, so it gives nothing.
/// </summary>
internal sealed class ReminderScanner(
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    IOptionsMonitor<ReminderOptions> reminderOptions,
    IOptionsMonitor<MailOptions> mailOptions,
    ReminderMail mail,
    IOptions<OrganisationOptions> organisation,
    JrCaseworkMetrics metrics,
    ILogger<ReminderScanner> logger)
{
    /// <summary>
    /// Gives the reminders that are due now, one batch of follow-ups at a time; returns how many this
    /// instance gave, and whether the batch was full (so there may be more: a backlog after downtime).
    /// A follow-up's days are its supervisor's: "coming up" and "due" start at midnight in their time zone,
    /// so the owners are scanned per zone (the organisation's zone for everyone who chose none).
    /// </summary>
    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken = default)
    {
        var organisationZone = TimeZones.Find(organisation.Value.TimeZone) ?? TimeZoneInfo.Utc;
        List<string> chosen;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            chosen = await db.Users.Where(u => u.TimeZone != null).Select(u => u.TimeZone!).Distinct().ToListAsync(cancellationToken);
        }

        var ownZones = chosen.Select(TimeZones.Find).OfType<TimeZoneInfo>().Where(z => z.Id != organisationZone.Id).DistinctBy(z => z.Id).ToList();
        var result = await ScanZoneAsync(organisationZone, null, [.. ownZones.Select(z => z.Id)], cancellationToken);
        foreach (var zone in ownZones)
        {
            var more = await ScanZoneAsync(zone, zone.Id, [], cancellationToken);
            result = new ScanResult(result.Given + more.Given, result.More || more.More);
        }

        return result;
    }

    /// <summary>
    /// One zone's round: the follow-ups of owners who chose <paramref name="zoneId"/>, or (null) of owners who
    /// chose none of <paramref name="otherZoneIds"/>, measured against today's date in <paramref name="zone"/>.
    /// </summary>
    private async Task<ScanResult> ScanZoneAsync(TimeZoneInfo zone, string? zoneId, IReadOnlyList<string> otherZoneIds, CancellationToken cancellationToken)
    {
        var options = reminderOptions.CurrentValue;
        var settings = options.Settings;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = TimeZones.Today(clock, zone);
        var horizon = ReminderSchedule.Horizon(today, settings);
        var escalateUpTo = today.AddDays(-settings.EscalateAfterDays);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owners = zoneId is null
            ? db.Users.Where(u => u.TimeZone == null || !otherZoneIds.Contains(u.TimeZone))
            : db.Users.Where(u => u.TimeZone == zoneId);
        var candidates = await (
                from followUp in db.FollowUps
                join @case in db.Cases on EF.Property<int>(followUp, "CaseId") equals @case.Id
                join owner in owners on @case.OwnerUserId equals owner.Id
                where followUp.Status == FollowUpStatus.Scheduled && followUp.DueOn <= horizon && @case.ClosedAtUtc == null
                    && ((followUp.DueOn > today && !db.Reminders.Any(r => r.FollowUpId == followUp.Id && r.DueOn == followUp.DueOn && r.Kind == ReminderKind.Upcoming))
                        || (followUp.DueOn <= today && !db.Reminders.Any(r => r.FollowUpId == followUp.Id && r.DueOn == followUp.DueOn && r.Kind == ReminderKind.Due))
                        || (followUp.DueOn <= escalateUpTo && !db.Reminders.Any(r => r.FollowUpId == followUp.Id && r.DueOn == followUp.DueOn && r.Kind == ReminderKind.Escalation)))
                orderby followUp.DueOn
                select new Candidate(followUp.Id, followUp.Number, followUp.DueOn, @case.Id, @case.Reference, @case.Step, @case.OwnerUserId, @case.OrgUnitId))
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new ScanResult(0, More: false);
        }

        var followUpIds = candidates.Select(c => c.FollowUpId).ToList();
        var given = (await db.Reminders.AsNoTracking()
                .Where(r => followUpIds.Contains(r.FollowUpId))
                .Select(r => new { r.FollowUpId, r.Kind, r.DueOn })
                .ToListAsync(cancellationToken))
            .Select(r => (r.FollowUpId, r.Kind, r.DueOn))
            .ToHashSet();
        var recipients = await RecipientsAsync(db, candidates, cancellationToken);

        var count = 0;
        foreach (var candidate in candidates)
        {
            foreach (var kind in ReminderSchedule.EarnedBy(candidate.DueOn, today, settings))
            {
                if (!given.Contains((candidate.FollowUpId, kind, candidate.DueOn))
                    && await GiveAsync(db, candidate, kind, recipients, now, cancellationToken))
                {
                    count++;
                }
            }
        }

        return new ScanResult(count, More: candidates.Count == options.BatchSize);
    }

    private async Task<bool> GiveAsync(JrCaseworkDbContext db, Candidate candidate, ReminderKind kind, Recipients recipients, DateTime now, CancellationToken cancellationToken)
    {
        var to = kind == ReminderKind.Escalation
            ? recipients.ManagersOf(candidate.OrgUnitId)
            : recipients.Owner(candidate.OwnerUserId);
        var supervisorName = recipients.NameOf(candidate.OwnerUserId);
        var mailOn = mailOptions.CurrentValue.IsConfigured;

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Reminders.Add(new Reminder(candidate.FollowUpId, candidate.CaseId, kind, candidate.DueOn, now));
            var notifications = to
                .Select(user => (user, notification: new Notification(user.Id, kind, candidate.CaseId, candidate.Reference, candidate.FollowUpNumber, candidate.DueOn, supervisorName, now)))
                .ToList();
            db.Notifications.AddRange(notifications.Select(n => n.notification));
            await db.SaveChangesAsync(cancellationToken);

            foreach (var (user, notification) in notifications.Where(n => mailOn && n.user.WantsMail(kind)))
            {
                var message = mail.Compose(notification, candidate.Step, user.Culture);
                db.OutgoingMails.Add(new OutgoingMail(user.Email, message.Subject, message.Text, message.Html, now, notification.Id, candidate.FollowUpId, candidate.DueOn));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Reminder {Kind} for follow-up {FollowUpId} given to {Recipients} recipient(s)", kind, candidate.FollowUpId, notifications.Count);
            metrics.ReminderGiven(kind);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another instance gave this reminder first: the ledger's unique key refused ours.
            logger.LogDebug("Reminder {Kind} for follow-up {FollowUpId} was already given by another instance", kind, candidate.FollowUpId);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<Recipients> RecipientsAsync(JrCaseworkDbContext db, IReadOnlyCollection<Candidate> candidates, CancellationToken cancellationToken)
    {
        var ownerIds = candidates.Select(c => c.OwnerUserId).Distinct().ToList();
        var unitIds = candidates.Select(c => c.OrgUnitId).Distinct().ToList();

        var owners = await db.Users.AsNoTracking()
            .Where(u => ownerIds.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.DisplayName, u.Email ?? string.Empty, u.PreferredCulture, u.IsDisabled, u.EmailUpcomingReminders, u.EmailDueReminders, u.EmailEscalations))
            .ToListAsync(cancellationToken);
        var managers = await (
                from managed in db.ManagedOrgUnits
                join user in db.ActiveInRole(Roles.Manager) on managed.UserId equals user.Id
                where unitIds.Contains(managed.OrgUnitId)
                select new { managed.OrgUnitId, Recipient = new Recipient(user.Id, user.DisplayName, user.Email ?? string.Empty, user.PreferredCulture, user.IsDisabled, user.EmailUpcomingReminders, user.EmailDueReminders, user.EmailEscalations) })
            .ToListAsync(cancellationToken);

        return new Recipients(
            owners.ToDictionary(o => o.Id),
            managers.ToLookup(m => m.OrgUnitId, m => m.Recipient));
    }

    private sealed record Candidate(int FollowUpId, int FollowUpNumber, DateOnly DueOn, int CaseId, string Reference, CaseStep Step, string OwnerUserId, int OrgUnitId);

    private sealed record Recipient(string Id, string Name, string Email, string? Culture, bool IsDisabled, bool MailUpcoming, bool MailDue, bool MailEscalation)
    {
        public bool WantsMail(ReminderKind kind) => !string.IsNullOrWhiteSpace(Email) && kind switch
        {
            ReminderKind.Upcoming => MailUpcoming,
            ReminderKind.Due => MailDue,
            _ => MailEscalation,
        };
    }

    private sealed record Recipients(IReadOnlyDictionary<string, Recipient> Owners, ILookup<int, Recipient> Managers)
    {
        /// <summary>The owning supervisor, unless their account was disabled (the case then waits for a new owner).</summary>
        public IReadOnlyList<Recipient> Owner(string userId) =>
            Owners.TryGetValue(userId, out var owner) && !owner.IsDisabled ? [owner] : [];

        public IReadOnlyList<Recipient> ManagersOf(int orgUnitId) => Managers[orgUnitId].ToList();

        public string NameOf(string userId) => Owners.TryGetValue(userId, out var owner) ? owner.Name : string.Empty;
    }
}
