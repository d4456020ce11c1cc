namespace JrCasework.Web.Features.Cases;

/// <summary>What a supervisor fills in to open a case.</summary>
public sealed record NewCase(
    string Title, int CategoryId, ProblemOrigin Origin, string? Objective, IReadOnlyCollection<int> EmployeeIds);

/// <summary>A case as read by the caller, and whether <see cref="CaseAccess"/> lets them change it.</summary>
public sealed record CaseRead(JrCase Case, bool CanChange);

/// <summary>The case does not exist, or the caller may not see it: the two are never told apart.</summary>
public sealed class CaseNotFoundException() : Exception("Case not found.");

/// <summary>Someone else changed the case since it was loaded; reload it and apply your change again.</summary>
public sealed class CaseConflictException() : Exception("The case was changed by someone else.");

/// <summary>
/// Every read and write of case content goes through here: the caller's access is checked on the
/// server on every call, each call uses a fresh context, and each content read or write leaves one
/// audit record (who, when, what, which case — never the content itself).
/// </summary>
internal sealed class CaseService(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    UserClock userClock,
    CaseChanges changes,
    JrCaseworkMetrics metrics,
    ILogger<CaseService> logger)
{
    /// <summary>Opens a case about employees of the supervisor's own unit.</summary>
    public async Task<JrCase> OpenAsync(NewCase request, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        if (!viewer.Is(Roles.Supervisor))
        {
            throw new AccessDeniedException();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var by = ActorNow(viewer.UserId);
        var today = by.Today;
        var supervisor = await db.Users.AsNoTracking().SingleAsync(u => u.Id == viewer.UserId, cancellationToken);

        // The same team as TeamDirectory offers.
        var employees = await db.TeamOf(supervisor.OrgUnitId, today).AsNoTracking()
            .Where(e => request.EmployeeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.FullName })
            .ToListAsync(cancellationToken);
        if (employees.Count != request.EmployeeIds.Distinct().Count())
        {
            throw new AccessDeniedException();
        }

        if (!await db.CaseCategories.AnyAsync(c => c.Id == request.CategoryId && c.IsActive, cancellationToken))
        {
            throw new ArgumentException("Choose an active category.", nameof(request));
        }

        // The next number of the year is taken, the case and its audit record saved, and all of it committed
        // before any other opening (on this instance or another) reads the year's last number: no gaps, no doubles.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCaseNumberingAsync(by.AtUtc.Year, cancellationToken);
        var sequence = (await db.Cases.Where(c => c.ReferenceYear == by.AtUtc.Year).MaxAsync(c => (int?)c.ReferenceSequence, cancellationToken) ?? 0) + 1;
        var @case = JrCase.Open(
            by.AtUtc.Year, sequence, request.Title, request.CategoryId, request.Origin, request.Objective,
            [.. employees.Select(e => (e.Id, e.FullName))], viewer.UserId, supervisor.OrgUnitId, by);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditLog.Add(new AuditRecord(by.AtUtc, viewer.UserId, AuditActions.CaseOpen, @case.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Case {CaseId} opened by {UserId}", @case.Id, viewer.UserId);
        metrics.CaseOpened();
        return @case;
    }

    /// <summary>Reads a whole case, if the caller may see its content.</summary>
    public async Task<JrCase> GetAsync(int caseId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(caseId, cancellationToken)).Case;

    /// <summary>Reads a whole case, if the caller may see its content, with whether the caller may change it.</summary>
    public async Task<CaseRead> ReadAsync(int caseId, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.CasesWithParts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null || !CaseAccess.CanReadContent(viewer, CaseOwnership.Of(@case)))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.Read);
            throw new CaseNotFoundException();
        }

        await AuditAsync(viewer.UserId, AuditActions.CaseRead, caseId, cancellationToken);
        return new CaseRead(@case, CaseAccess.CanChangeContent(viewer, CaseOwnership.Of(@case)));
    }

    /// <summary>
    /// Applies one change through the case's own methods and saves it, provided the caller owns the
    /// case and nobody changed it since <paramref name="expectedVersion"/>. Returns the saved case.
    /// A refused move surfaces as <see cref="CaseRuleException"/>, with nothing saved.
    /// </summary>
    public async Task<JrCase> ChangeAsync(
        int caseId, Guid expectedVersion, string action, Action<JrCase, Actor> change, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.CasesWithParts.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null || !CaseAccess.CanChangeContent(viewer, CaseOwnership.Of(@case)))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.Change);
            throw @case is null || !CaseAccess.CanReadContent(viewer, CaseOwnership.Of(@case)) ? new CaseNotFoundException() : new AccessDeniedException();
        }

        if (@case.Version != expectedVersion)
        {
            throw new CaseConflictException();
        }

        return await SaveChangeAsync(db, viewer.UserId, @case, action, change, cancellationToken);
    }

    /// <summary>
    /// Applies a change HR in scope makes to a case (a legal hold) through the case's own methods, saved, audited and
    /// told to open tabs as <see cref="ChangeAsync"/> does the supervisor's. Anyone else is refused as if the case did not
    /// exist, and the attempt is recorded with <paramref name="action"/>.
    /// </summary>
    public async Task<JrCase> ChangeAsHrAsync(int caseId, string action, Action<JrCase, Actor> change, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null || !CaseAccess.CanReview(viewer, CaseOwnership.Of(@case)))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, action);
            throw new CaseNotFoundException();
        }

        return await SaveChangeAsync(db, viewer.UserId, @case, action, change, cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> to the loaded case, with its audit record, and saves both or neither.</summary>
    private async Task<JrCase> SaveChangeAsync(
        JrCaseworkDbContext db, string userId, JrCase @case, string action, Action<JrCase, Actor> change, CancellationToken cancellationToken)
    {
        var caseId = @case.Id;
        var by = ActorNow(userId);
        var wasClosed = @case.IsClosed;
        change(@case, by);
        db.AuditLog.Add(new AuditRecord(by.AtUtc, userId, AuditActions.OfChange(action), caseId));
        try
        {
            // The version loaded is the concurrency token's original value: a save by someone else in between fails here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new CaseConflictException();
        }

        logger.LogInformation("Case {CaseId} changed ({Action}) by {UserId}", caseId, action, userId);
        if (!wasClosed && @case.FinalOutcome is { } outcome)
        {
            metrics.CaseClosed(outcome.ObjectiveMet);
        }

        changes.Publish(caseId, @case.Version);
        return @case;
    }

    private async Task AuditAsync(string userId, string action, int caseId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, action, caseId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The caller acting now: the UTC moment, and the date it is on their own calendar (their time zone).</summary>
    private Actor ActorNow(string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Actor(userId, now) { Today = userClock.DateOf(now) };
    }
}
