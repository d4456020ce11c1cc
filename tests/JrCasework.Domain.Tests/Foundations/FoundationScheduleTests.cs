using JrCasework.Domain.Foundations;

namespace JrCasework.Domain.Tests.Foundations;

public sealed class FoundationScheduleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly FoundationIntervals Intervals = new();

    [Fact]
    public void NeverDone_NeedsAttention() =>
        Assert.Equal(FoundationState.NeverDone, FoundationSchedule.StatusOf(Foundation.Credit, null, Today, Intervals).State);

    [Fact]
    public void DoneRecently_IsCurrent_AndDueAfterTheInterval()
    {
        var status = FoundationSchedule.StatusOf(Foundation.HowTheyAreGettingAlong, Today.AddDays(-3), Today, Intervals);

        Assert.Equal(FoundationState.Current, status.State);
        Assert.Equal(Today.AddDays(25), status.DueOn);
        Assert.False(status.NeedsAttention);
    }

    [Theory]
    [InlineData(20, FoundationState.Current)]
    [InlineData(21, FoundationState.DueSoon)]
    [InlineData(28, FoundationState.DueSoon)]
    [InlineData(29, FoundationState.Overdue)]
    public void FeedbackEveryFourWeeks_NudgesAWeekAhead_AndIsOverdueTheDayAfter(int daysAgo, FoundationState expected) =>
        Assert.Equal(expected, FoundationSchedule.StatusOf(Foundation.HowTheyAreGettingAlong, Today.AddDays(-daysAgo), Today, Intervals).State);

    [Fact]
    public void Ability_IsReviewedEverySixMonths()
    {
        Assert.Equal(FoundationState.Current, FoundationSchedule.StatusOf(Foundation.BestUseOfAbility, Today.AddDays(-170), Today, Intervals).State);
        Assert.Equal(FoundationState.Overdue, FoundationSchedule.StatusOf(Foundation.BestUseOfAbility, Today.AddDays(-183), Today, Intervals).State);
    }

    [Fact]
    public void AFoundationWithoutAnInterval_NeverNudges()
    {
        var intervals = Intervals with { ChangeDays = 0 };

        Assert.Equal(FoundationState.Current, FoundationSchedule.StatusOf(Foundation.ChangeInAdvance, null, Today, intervals).State);
        Assert.Equal(FoundationState.Current, FoundationSchedule.StatusOf(Foundation.ChangeInAdvance, Today.AddDays(-400), Today, intervals).State);
    }

    [Fact]
    public void AllFour_AreReported_InTheCardsOrder()
    {
        var statuses = FoundationSchedule.StatusOf(new Dictionary<Foundation, DateOnly> { [Foundation.Credit] = Today }, Today, Intervals);

        Assert.Equal(Enum.GetValues<Foundation>(), statuses.Select(s => s.Foundation));
        Assert.Equal(FoundationState.Current, statuses[1].State);
        Assert.Equal(3, statuses.Count(s => s.State == FoundationState.NeverDone));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(731)]
    public void IntervalsOutOfRange_AreRefused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => (Intervals with { CreditDays = days }).Validated());
}
