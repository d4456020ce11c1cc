using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Cases;

namespace JrCasework.Web.Features.Reviews;

/// <summary>Who looks at a case's review: HR in scope edits it, the owning supervisor reads it.</summary>
public enum ReviewAudience
{
    Hr,
    Supervisor,
}

/// <summary>
/// A review as its reader may see it. <see cref="Remarks"/> are HR's own: null for the supervisor.
/// </summary>
public sealed record CaseReviewView(
    ReviewAssessment Assessment,
    string? Remarks,
    string? Advice,
    bool IsGoodExample,
    string ReviewerName,
    DateTime ReviewedAtUtc,
    DateTime FirstReviewedAtUtc,
    Guid Version);

/// <summary>What the review panel of a case shows: for whom, whether the case is closed, and the review if there is one.</summary>
public sealed record ReviewPanelState(ReviewAudience Audience, bool CaseIsClosed, CaseReviewView? Review);

/// <summary>Someone else saved the review since it was loaded; reload it and apply your change again.</summary>
public sealed class ReviewConflictException() : Exception("The review was changed by someone else.");

/// <summary>
/// HR's review of a closed case. HR in scope reads and saves it; the supervisor who owns the case
/// reads the assessment and the advice (never HR's remarks); anyone else gets "not found", as for the
/// case itself. Each read of an existing review and each save leaves one audit record
/// (<c>case.review.read</c>, <c>case.review.write</c>).
/// </summary>
internal sealed class ReviewService(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    ILogger<ReviewService> logger)
{
    public async Task<ReviewPanelState> GetAsync(int caseId, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { Ownership = new CaseOwnership(c.OwnerUserId, c.OrgUnitId, c.ReferredToUserId), c.Step })
            .SingleOrDefaultAsync(cancellationToken);
        var audience = @case is null ? null : AudienceOf(viewer, @case.Ownership);
        if (audience is null)
        {
            // A reader of the case without a part in its review (the manager it was referred to) is no refused attempt.
            if (@case is null || !CaseAccess.CanReadContent(viewer, @case.Ownership))
            {
                await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.Review);
            }

            throw new CaseNotFoundException();
        }

        var review = await db.CaseReviews.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == caseId, cancellationToken);
        if (review is null)
        {
            return new ReviewPanelState(audience.Value, @case!.Step == CaseStep.Closed, null);
        }

        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, viewer.UserId, AuditActions.ReviewRead, caseId));
        await db.SaveChangesAsync(cancellationToken);
        return new ReviewPanelState(audience.Value, @case!.Step == CaseStep.Closed, await ViewAsync(db, review, audience.Value, cancellationToken));
    }

    /// <summary>
    /// Records the review of a closed case, or revises it. <paramref name="expectedVersion"/> is the version
    /// the reviewer started from (null for a new review); when the stored review differs, nothing is
    /// saved and <see cref="ReviewConflictException"/> is thrown. A case that is not closed is refused
    /// with a <see cref="CaseRuleException"/>.
    /// </summary>
    public async Task<CaseReviewView> SaveAsync(int caseId, ReviewInput input, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!viewer.Is(Roles.Hr))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.ReviewWrite);
            throw new AccessDeniedException();
        }

        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null || !CaseAccess.CanReview(viewer, CaseOwnership.Of(@case)))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.ReviewWrite);
            throw new CaseNotFoundException();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = new Actor(viewer.UserId, now);
        var review = await db.CaseReviews.SingleOrDefaultAsync(r => r.CaseId == caseId, cancellationToken);
        if (review is null)
        {
            if (expectedVersion is not null)
            {
                throw new ReviewConflictException();
            }

            review = CaseReview.Record(@case, input, by);
            db.CaseReviews.Add(review);
        }
        else
        {
            if (review.Version != expectedVersion)
            {
                throw new ReviewConflictException();
            }

            review.Revise(input, by);
        }

        db.AuditLog.Add(new AuditRecord(now, viewer.UserId, AuditActions.ReviewWrite, caseId));
        try
        {
            // The version loaded is the concurrency token's original value; a review saved by someone else
            // in between fails here, and so does a second first review (one review per case).
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ReviewConflictException();
        }

        logger.LogInformation("Review of case {CaseId} saved by {UserId}", caseId, viewer.UserId);
        return await ViewAsync(db, review, ReviewAudience.Hr, cancellationToken);
    }

    /// <summary>HR for cases in their scope, the supervisor for their own case; nobody else (null).</summary>
    private static ReviewAudience? AudienceOf(CaseViewer viewer, CaseOwnership @case) =>
        CaseAccess.CanReview(viewer, @case) ? ReviewAudience.Hr
        : CaseAccess.CanChangeContent(viewer, @case) ? ReviewAudience.Supervisor
        : null;

    private static async Task<CaseReviewView> ViewAsync(
        JrCaseworkDbContext db, CaseReview review, ReviewAudience audience, CancellationToken cancellationToken)
    {
        var reviewer = await db.Users.AsNoTracking().Where(u => u.Id == review.ReviewerUserId)
            .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "";
        return new CaseReviewView(
            review.Assessment,
            audience == ReviewAudience.Hr ? review.Remarks : null,
            review.Advice,
            review.IsGoodExample,
            reviewer,
            review.ReviewedAtUtc,
            review.FirstReviewedAtUtc,
            review.Version);
    }
}
