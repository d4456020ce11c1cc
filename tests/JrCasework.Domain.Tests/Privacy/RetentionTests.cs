using JrCasework.Domain.Privacy;

namespace JrCasework.Domain.Tests.Privacy;

public sealed class RetentionTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(25, 24, false, true)]
    [InlineData(23, 24, false, false)]
    [InlineData(24, 24, false, true)]
    [InlineData(25, 24, true, false)]
    [InlineData(300, 0, false, false)]
    [InlineData(13, 12, false, true)]
    public void ACase_IsDue_OnlyWhenClosedLongerThanItsRetention_AndNotHeld(int monthsAgo, int retention, bool held, bool due) =>
        Assert.Equal(due, Retention.IsDue(Now.AddMonths(-monthsAgo), retention, held, Now));

    [Fact]
    public void AnOpenCase_IsNeverDue() => Assert.False(Retention.IsDue(null, 1, onHold: false, Now));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(24, true)]
    [InlineData(Retention.MaxMonths, true)]
    [InlineData(Retention.MaxMonths + 1, false)]
    public void ARetention_IsZeroToTwentyYears(int months, bool valid) => Assert.Equal(valid, Retention.IsValid(months));

    [Fact]
    public void ACategory_StartsWithTwoYears_AndRefusesANumberOutOfRange()
    {
        var category = new JrCasework.Domain.Cases.CaseCategory("test", "Test", "Test", 10);

        Assert.Equal(24, category.RetentionMonths);
        category.SetRetention(0);
        Assert.Equal(0, category.RetentionMonths);
        Assert.Throws<ArgumentOutOfRangeException>(() => category.SetRetention(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => category.SetRetention(Retention.MaxMonths + 1));
    }
}
