namespace JrCasework.Web.Features.Audit;

/// <summary>
/// The audit trail for the privacy officer and HR (decision 033): who read or changed a case and when, what a user read,
/// in SQL pages, as CSV, and whether the chain is intact. The privacy officer sees every record; HR only records about
/// cases in their scope. Every search, download and verification is itself a record. Nothing here reads case content:
/// the records hold none.
/// </summary>
internal sealed class AuditTrail(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, UserClock userClock)
{
    public const int PageSize = 50;

    /// <summary>The most rows one download holds.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>One page of the records that match <paramref name="filter"/>, newest first.</summary>
    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var viewer = await RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (records, caseId, userId, unknownCase, unknownUser) = await MatchingAsync(db, viewer, filter, cancellationToken);
        var total = await records.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await RowsAsync(db, Scope(db, viewer), records.OrderByDescending(a => a.Sequence).Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        await RecordAsync(db, viewer.UserId, AuditActions.AuditSearch, caseId, userId, filter, cancellationToken);
        return new AuditPage(rows, total, page, PageSize, unknownCase, unknownUser);
    }

    /// <summary>Every record that matches <paramref name="filter"/> (at most <see cref="MaxExportRows"/>), newest first, for the CSV file.</summary>
    public async Task<IReadOnlyList<AuditRow>> ExportAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var viewer = await RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (records, caseId, userId, _, _) = await MatchingAsync(db, viewer, filter, cancellationToken);
        var rows = await RowsAsync(db, Scope(db, viewer), records.OrderByDescending(a => a.Sequence).Take(MaxExportRows), cancellationToken);
        await RecordAsync(db, viewer.UserId, AuditActions.AuditExport, caseId, userId, filter, cancellationToken);
        return rows;
    }

    /// <summary>Checks the whole chain (decision 033); the check is recorded with its outcome.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var check = await AuditChain.VerifyAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditLog.Add(new AuditRecord(now, viewer.UserId, AuditActions.AuditVerify, null,
            detail: check.IsIntact ? $"intact:{check.Checked}" : $"broken:{check.Breaks.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AuditVerification(check.IsIntact, check.Checked, check.LastSequence, check.Breaks, now);
    }

    /// <summary>The references of the cases record <paramref name="sequence"/> showed; for HR, only those in their scope.</summary>
    public async Task<IReadOnlyList<string>> ShownCasesAsync(long sequence, CancellationToken cancellationToken = default)
    {
        var viewer = await RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.AuditLog.Where(a => a.Sequence == sequence).SelectMany(a => a.ShownCases).Select(s => s.CaseId).ToListAsync(cancellationToken);
        var cases = db.Cases.Where(c => ids.Contains(c.Id));
        if (!viewer.Is(Roles.PrivacyOfficer))
        {
            cases = cases.Where(c => viewer.HrScopeUnitIds.Contains(c.OrgUnitId));
        }

        return await cases.OrderBy(c => c.Reference).Select(c => c.Reference).ToListAsync(cancellationToken);
    }

    private async Task<CaseViewer> RequireViewerAsync(CancellationToken cancellationToken)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        return viewer.Is(Roles.PrivacyOfficer) || viewer.Is(Roles.Hr) ? viewer : throw new AccessDeniedException();
    }

    private async Task<(IQueryable<AuditRecord> Records, int? CaseId, string? UserId, bool UnknownCase, bool UnknownUser)> MatchingAsync(
        JrCaseworkDbContext db, CaseViewer viewer, AuditFilter filter, CancellationToken cancellationToken)
    {
        var records = db.AuditLog.AsNoTracking();
        var scope = Scope(db, viewer);
        if (scope is not null)
        {
            // HR: the records about cases in their scope, whether the case was read, changed, refused or shown in a list;
            // of the trail's own use only their own (the privacy officer's inquiries are not HR's to see).
            records = records.Where(a => ((a.CaseId != null && scope.Contains(a.CaseId.Value)) || a.ShownCases.Any(s => scope.Contains(s.CaseId)))
                && (!a.Action.StartsWith("audit.") || a.UserId == viewer.UserId));
        }

        int? caseId = null;
        var unknownCase = false;
        if (filter.Case is { } reference)
        {
            var known = db.Cases.Where(c => c.Reference == reference.ToUpperInvariant());
            if (scope is not null)
            {
                // A reference outside HR's scope is as unknown as one that does not exist.
                known = known.Where(c => scope.Contains(c.Id));
            }

            caseId = await known.Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
            unknownCase = caseId is null;
            var id = caseId ?? 0;
            records = records.Where(a => a.CaseId == id || a.ShownCases.Any(s => s.CaseId == id));
        }

        string? userId = null;
        var unknownUser = false;
        if (filter.User is { } email)
        {
            var normalized = email.ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
            unknownUser = userId is null;
            var id = userId ?? "";
            records = records.Where(a => a.UserId == id);
        }

        if (filter.Kind is { } kind)
        {
            records = AuditKinds.Of(records, kind);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDayUtc(from);
            records = records.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDayUtc(to.AddDays(1));
            records = records.Where(a => a.AtUtc < end);
        }

        return (records.Where(a => a.Sequence != null), caseId, userId, unknownCase, unknownUser);
    }

    /// <summary>The ids of the cases in HR's scope; null for the privacy officer, who sees the whole trail.</summary>
    private static IQueryable<int>? Scope(JrCaseworkDbContext db, CaseViewer viewer) =>
        viewer.Is(Roles.PrivacyOfficer) ? null : db.Cases.Where(c => viewer.HrScopeUnitIds.Contains(c.OrgUnitId)).Select(c => c.Id);

    /// <summary>
    /// The rows as shown: for HR, a record's own case is named only when it is in scope (a list of similar cases may be
    /// in scope while the case it was asked for is not), and only the shown cases in scope are counted.
    /// </summary>
    private static async Task<IReadOnlyList<AuditRow>> RowsAsync(
        JrCaseworkDbContext db, IQueryable<int>? scope, IQueryable<AuditRecord> records, CancellationToken cancellationToken)
    {
        var all = scope is null;
        var inScope = scope ?? db.Cases.Select(c => c.Id);
        return await (from a in records
                      join u in db.Users on a.UserId equals u.Id into users
                      from user in users.DefaultIfEmpty()
                      join c in db.Cases on a.CaseId equals c.Id into cases
                      from @case in cases.DefaultIfEmpty()
                      let visible = all || (a.CaseId != null && inScope.Contains(a.CaseId!.Value))
                      orderby a.Sequence descending
                      select new AuditRow(a.Sequence!.Value, a.AtUtc, a.UserId, user.DisplayName, user.Email, a.Action,
                          visible ? a.CaseId : null, visible ? @case.Reference : null, a.Subject, a.Detail,
                          all ? a.ShownCases.Count() : a.ShownCases.Count(s => inScope.Contains(s.CaseId)))
                      {
                          OtherCase = !visible && a.CaseId != null,
                      })
            .ToListAsync(cancellationToken);
    }

    private async Task RecordAsync(
        JrCaseworkDbContext db, string viewerId, string action, int? caseId, string? userId, AuditFilter filter, CancellationToken cancellationToken)
    {
        // The search's own record: on the case searched for (so it shows among that case's records), the user as the
        // subject, and the kind and period as the detail. No name or address: the ids are enough.
        var detail = string.Join(' ', new[] { filter.Kind?.ToString(), filter.From?.ToString("yyyy-MM-dd"), filter.To?.ToString("yyyy-MM-dd") }
            .Where(p => p is not null));
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, viewerId, action, caseId,
            userId is null ? null : AuditRecord.UserSubject(userId), detail.Length == 0 ? null : detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), userClock.Zone);
}
