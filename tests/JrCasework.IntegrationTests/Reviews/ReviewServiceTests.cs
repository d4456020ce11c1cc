using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Reviews;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>HR's review of a closed case through the real service: saving, revising, concurrency, and what the supervisor sees.</summary>
public sealed class ReviewServiceTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly ReviewInput Revised = new(
        new ReviewAssessment(Assessment.Yes, Assessment.Yes, Assessment.Yes, Assessment.Partly, Assessment.Yes),
        "Second look", "Keep checking every month", IsGoodExample: false);

    [Fact]
    public async Task HrSavesAReview_ThenRevisesIt_AndEachWriteIsAudited()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1001");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        var reviews = hr.Get<ReviewService>();

        var first = await reviews.SaveAsync(closed, ReviewCases.GoodReview, null);
        var second = await reviews.SaveAsync(closed, Revised, first.Version);
        var read = await reviews.GetAsync(closed);

        Assert.Equal(ReviewAudience.Hr, read.Audience);
        Assert.True(read.CaseIsClosed);
        Assert.Equal(Revised.Assessment, read.Review!.Assessment);
        Assert.Equal("Second look", read.Review.Remarks);
        Assert.Equal("Keep checking every month", read.Review.Advice);
        Assert.False(read.Review.IsGoodExample);
        Assert.Equal(DemoData.Hr.DisplayName, read.Review.ReviewerName);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(second.Version, read.Review.Version);
        Assert.Equal(2, await ReviewCases.AuditCountAsync(fixture, "case.review.write", closed));
        Assert.Equal(1, await ReviewCases.AuditCountAsync(fixture, "case.review.read", closed));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.CaseReviews.CountAsync(r => r.CaseId == closed));
    }

    [Fact]
    public async Task ASecondReviewer_WorkingFromAnOlderVersion_GetsAConflict_AndOverwritesNothing()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1001");
        await using var first = await fixture.AsAsync(DemoData.Hr.Email);
        await using var second = await fixture.AsAsync(DemoData.Hr.Email);
        var original = await first.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null);
        var seenBySecond = (await second.Get<ReviewService>().GetAsync(closed)).Review!.Version;

        await first.Get<ReviewService>().SaveAsync(closed, Revised, original.Version);
        await Assert.ThrowsAsync<ReviewConflictException>(() =>
            second.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview with { Advice = "Overwritten?" }, seenBySecond));

        var stored = (await first.Get<ReviewService>().GetAsync(closed)).Review!;
        Assert.Equal("Keep checking every month", stored.Advice);
        Assert.Equal(2, await ReviewCases.AuditCountAsync(fixture, "case.review.write", closed));
    }

    [Fact]
    public async Task TwoFirstReviewsOfOneCase_TheSecondGetsAConflict()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1001");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);

        await hr.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null);
        await Assert.ThrowsAsync<ReviewConflictException>(() => hr.Get<ReviewService>().SaveAsync(closed, Revised, null));

        Assert.Equal(ReviewCases.GoodReview.Advice, (await hr.Get<ReviewService>().GetAsync(closed)).Review!.Advice);
    }

    [Fact]
    public async Task ACaseThatIsNotClosed_CannotBeReviewed()
    {
        var open = await ReviewCases.OpenAsync(fixture, DemoData.SupervisorProduction.Email, "P-1004");
        await ReviewCases.WalkToCheckResultsAsync(fixture, DemoData.SupervisorProduction.Email, open);
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);

        var refusal = await Assert.ThrowsAsync<CaseRuleException>(() => hr.Get<ReviewService>().SaveAsync(open, ReviewCases.GoodReview, null));
        var state = await hr.Get<ReviewService>().GetAsync(open);

        Assert.Equal(CaseRule.NotInThisStep, refusal.Rule);
        Assert.False(state.CaseIsClosed);
        Assert.Null(state.Review);
        Assert.Equal(0, await ReviewCases.AuditCountAsync(fixture, "case.review.write", open));
    }

    [Fact]
    public async Task TheOwningSupervisor_SeesTheAssessmentAndAdvice_ButNotTheRemarks_AndCannotSave()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1005");
        await using (var hr = await fixture.AsAsync(DemoData.Hr.Email))
        {
            await hr.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null);
        }

        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var seen = await sanne.Get<ReviewService>().GetAsync(closed);

        Assert.Equal(ReviewAudience.Supervisor, seen.Audience);
        Assert.Equal(ReviewCases.GoodReview.Assessment, seen.Review!.Assessment);
        Assert.Equal("Talk to the planner earlier next time", seen.Review.Advice);
        Assert.Null(seen.Review.Remarks);
        Assert.True(seen.Review.IsGoodExample);
        Assert.Equal(DemoData.Hr.DisplayName, seen.Review.ReviewerName);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sanne.Get<ReviewService>().SaveAsync(closed, Revised, seen.Review.Version));
        Assert.Equal(1, await ReviewCases.AuditCountAsync(fixture, "case.review.read", closed));
    }

    [Theory]
    [InlineData("tom@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("admin@example.com")]
    public async Task OtherUsers_GetNoReview_AndNothingIsAudited(string email)
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1006");
        await using (var hr = await fixture.AsAsync(DemoData.Hr.Email))
        {
            await hr.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null);
        }

        await using var other = await fixture.AsAsync(email);

        await Assert.ThrowsAsync<CaseNotFoundException>(() => other.Get<ReviewService>().GetAsync(closed));
        Assert.Equal(0, await ReviewCases.AuditCountAsync(fixture, "case.review.read", closed));
    }

    [Fact]
    public async Task AReviewedCase_ShowsAsReviewed_AndAsAGoodExample_InTheList()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorLogistics.Email, "L-2003");
        var notReviewed = new OutcomeFilter();
        Assert.Contains(closed, (await ReviewCases.AllRowsAsync(fixture, DemoData.Hr.Email, notReviewed)).Select(r => r.Id));

        await using (var hr = await fixture.AsAsync(DemoData.Hr.Email))
        {
            await hr.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null);
        }

        var reviewed = await ReviewCases.AllRowsAsync(fixture, DemoData.Hr.Email, notReviewed with { Reviewed = ReviewedFilter.Reviewed });
        Assert.DoesNotContain(closed, (await ReviewCases.AllRowsAsync(fixture, DemoData.Hr.Email, notReviewed)).Select(r => r.Id));
        var row = Assert.Single(reviewed, r => r.Id == closed);
        Assert.True(row.IsReviewed);
        Assert.True(row.IsGoodExample);
    }
}
