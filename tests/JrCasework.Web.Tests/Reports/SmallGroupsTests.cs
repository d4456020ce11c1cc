using JrCasework.Web.Features.Reports;

namespace JrCasework.Web.Tests.Reports;

/// <summary>The small-group rule every report and export goes through.</summary>
public sealed class SmallGroupsTests
{
    private static readonly ReportCount Small = ReportCount.FewerThanFive;
    private static readonly ReportCount Withheld = ReportCount.Withheld;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void ACountBelowFive_IsFewerThanFive_WithoutItsNumber(int count)
    {
        var shown = SmallGroups.Protect(count);

        Assert.Equal(CountState.FewerThanFive, shown.State);
        Assert.Null(shown.Value);
        Assert.False(shown.IsShown);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1234)]
    public void ACountOfFiveOrMore_IsShown(int count) =>
        Assert.Equal(ReportCount.Shown(count), SmallGroups.Protect(count));

    [Fact]
    public void InABreakdown_EverySmallRowIsHidden()
    {
        Assert.Equal([ReportCount.Shown(12), Small, Small, ReportCount.Shown(5)], SmallGroups.Protect([12, 3, 1, 5]));
    }

    [Fact]
    public void ASingleSmallRow_WithCases_TakesTheSmallestShownRowWithIt()
    {
        // 20 + 7 + 6 + 2 = 35: with only the 2 hidden, 35 − 20 − 7 − 6 would give it away.
        Assert.Equal([ReportCount.Shown(20), ReportCount.Shown(7), Withheld, Small], SmallGroups.Protect([20, 7, 6, 2]));
    }

    [Fact]
    public void ASingleSmallRow_OfZero_NeedsNothingMoreHidden()
    {
        // Working out a zero tells nothing about anyone.
        Assert.Equal([ReportCount.Shown(20), ReportCount.Shown(7), Small], SmallGroups.Protect([20, 7, 0]));
    }

    [Fact]
    public void TwoSmallRows_GiveAwayOnlyTheirSum_SoNothingMoreIsHidden()
    {
        Assert.Equal([ReportCount.Shown(20), Small, Small], SmallGroups.Protect([20, 3, 0]));
    }

    [Fact]
    public void AllRowsSmall_AreAllFewerThanFive()
    {
        Assert.Equal([Small, Small], SmallGroups.Protect([4, 0]));
        Assert.Equal([Small], SmallGroups.Protect([3]));
        Assert.Empty(SmallGroups.Protect([]));
    }

    [Fact]
    public void OfEqualRows_TheLaterIsWithheld_SoTheFirstStaysInView()
    {
        Assert.Equal([ReportCount.Shown(7), Small, Withheld], SmallGroups.Protect([7, 3, 7]));
    }

    [Theory]
    [InlineData(5, 12, 5 / 12.0)]
    [InlineData(4, 12, null)]
    [InlineData(8, 12, null)]
    [InlineData(0, 12, null)]
    [InlineData(12, 12, null)]
    public void ASplitOfAGroup_IsOnlyGiven_WithFiveOrMoreOnEachSide(int part, int whole, double? expected)
    {
        Assert.Equal(expected, SmallGroups.Split(ReportCount.Shown(whole), part, whole));
    }

    [Fact]
    public void ASplitOfAHiddenGroup_IsNotGiven()
    {
        Assert.Null(SmallGroups.Split(Small, 5, 10));
        Assert.Null(SmallGroups.Split(Withheld, 5, 10));
    }

    [Fact]
    public void AShare_IsOnlyGivenWhenBothCountsAreShown()
    {
        Assert.Equal(0.25, ReportCount.Shown(5).ShareOf(ReportCount.Shown(20)));
        Assert.Null(Small.ShareOf(ReportCount.Shown(20)));
        Assert.Null(Withheld.ShareOf(ReportCount.Shown(20)));
        Assert.Null(ReportCount.Shown(5).ShareOf(Small));
    }

    [Fact]
    public void AFigureAboutAGroup_IsOnlyGivenForAShownGroup()
    {
        Assert.Equal(12.5, SmallGroups.About(ReportCount.Shown(8), () => 12.5));
        Assert.Null(SmallGroups.About(Small, () => 12.5));
        Assert.Null(SmallGroups.About(Withheld, () => 12.5));
    }

    [Fact]
    public void ABreakdown_HasSharesOfItsTotal_OnlyForShownRows()
    {
        var breakdown = Breakdown<string>.Of([("a", 15), ("b", 3), ("c", 2)]);

        Assert.Equal(ReportCount.Shown(20), breakdown.Total);
        Assert.Equal(0.75, breakdown["a"].Share);
        Assert.Null(breakdown["b"].Share);
        Assert.Equal(Small, breakdown["c"].Count);
    }

    [Fact]
    public void ABreakdownWithAFewCases_HidesTheTotalToo()
    {
        var breakdown = Breakdown<string>.Of([("a", 3), ("b", 1)]);

        Assert.Equal(Small, breakdown.Total);
        Assert.All(breakdown.Rows, row => Assert.Equal(Small, row.Count));
    }
}
