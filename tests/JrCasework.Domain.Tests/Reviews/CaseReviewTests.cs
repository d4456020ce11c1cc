using JrCasework.Domain.Reviews;
using JrCasework.Domain.Tests.Cases;

namespace JrCasework.Domain.Tests.Reviews;

/// <summary>HR's review of a case: only of a closed case, revisable, and never longer than the form allows.</summary>
public sealed class CaseReviewTests
{
    private const string HrId = "hr-1";
    private static readonly DateTime ReviewedAt = new(2026, 4, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly ReviewAssessment Mixed = new(Assessment.Yes, Assessment.Partly, Assessment.Yes, Assessment.No, Assessment.Yes);

    [Fact]
    public void Record_OfAClosedCase_KeepsTheAssessment_TheTexts_AndWhoReviewedWhen()
    {
        var @case = Closed();

        var review = CaseReview.Record(@case, new ReviewInput(Mixed, "  Facts were thin  ", " Check the rota weekly ", IsGoodExample: true), new Actor(HrId, ReviewedAt));

        Assert.Equal(@case.Id, review.CaseId);
        Assert.Equal(Mixed, review.Assessment);
        Assert.Equal((Assessment.Yes, Assessment.Partly, Assessment.Yes, Assessment.No, Assessment.Yes),
            (review.Objective, review.Facts, review.Weigh, review.Action, review.Check));
        Assert.Equal("Facts were thin", review.Remarks);
        Assert.Equal("Check the rota weekly", review.Advice);
        Assert.True(review.IsGoodExample);
        Assert.Equal(HrId, review.ReviewerUserId);
        Assert.Equal(ReviewedAt, review.FirstReviewedAtUtc);
        Assert.Equal(ReviewedAt, review.ReviewedAtUtc);
        Assert.NotEqual(Guid.Empty, review.Version);
    }

    [Theory]
    [InlineData(CaseStep.Objective)]
    [InlineData(CaseStep.Facts)]
    [InlineData(CaseStep.WeighAndDecide)]
    [InlineData(CaseStep.TakeAction)]
    [InlineData(CaseStep.CheckResults)]
    public void Record_OfACaseThatIsNotClosed_IsRefused(CaseStep step)
    {
        var @case = new CaseBuilder().InStep(step);

        var refusal = Assert.Throws<CaseRuleException>(() => CaseReview.Record(@case, new ReviewInput(Mixed, null, null, false), new Actor(HrId, ReviewedAt)));

        Assert.Equal(CaseRule.NotInThisStep, refusal.Rule);
    }

    [Fact]
    public void Revise_ChangesEverything_KeepsTheFirstReviewDate_AndRenewsTheVersion()
    {
        var review = CaseReview.Record(Closed(), new ReviewInput(Mixed, "First", "Advice", true), new Actor(HrId, ReviewedAt));
        var firstVersion = review.Version;
        var allYes = new ReviewAssessment(Assessment.Yes, Assessment.Yes, Assessment.Yes, Assessment.Yes, Assessment.Yes);

        review.Revise(new ReviewInput(allYes, null, "  ", false), new Actor("hr-2", ReviewedAt.AddDays(3)));

        Assert.Equal(allYes, review.Assessment);
        Assert.Null(review.Remarks);
        Assert.Null(review.Advice);
        Assert.False(review.IsGoodExample);
        Assert.Equal("hr-2", review.ReviewerUserId);
        Assert.Equal(ReviewedAt, review.FirstReviewedAtUtc);
        Assert.Equal(ReviewedAt.AddDays(3), review.ReviewedAtUtc);
        Assert.NotEqual(firstVersion, review.Version);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ATextLongerThanTheMaximum_IsRefused_AndTheMaximumItselfIsFine(bool inRemarks)
    {
        var tooLong = new string('x', CaseReview.MaxTextLength + 1);
        var longest = new string('x', CaseReview.MaxTextLength);
        var review = CaseReview.Record(Closed(), new ReviewInput(Mixed, longest, longest, false), new Actor(HrId, ReviewedAt));
        var before = review.Version;

        Assert.Throws<ArgumentException>(() =>
            review.Revise(new ReviewInput(Mixed, inRemarks ? tooLong : null, inRemarks ? null : tooLong, false), new Actor(HrId, ReviewedAt)));

        Assert.Equal(before, review.Version);
        Assert.Equal(longest, review.Remarks);
    }

    private static JrCase Closed()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner);
        return @case;
    }
}
