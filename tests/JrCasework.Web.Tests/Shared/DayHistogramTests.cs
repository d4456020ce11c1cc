namespace JrCasework.Web.Tests.Shared;

public sealed class DayHistogramTests
{
    [Fact]
    public void Median_OfAnOddNumberOfCases_IsTheMiddleCase()
    {
        Assert.Equal(4, DayHistogram.Median([(9, 1), (1, 1), (4, 1)]));
    }

    [Fact]
    public void Median_OfAnEvenNumberOfCases_IsTheMeanOfTheMiddleTwo_RoundedDown()
    {
        Assert.Equal(2, DayHistogram.Median([(1, 1), (4, 1)]));
        Assert.Equal(5, DayHistogram.Median([(2, 2), (8, 2)]));
    }

    [Fact]
    public void Median_CountsEveryCaseOfABucket()
    {
        Assert.Equal(0, DayHistogram.Median([(0, 3), (30, 2)]));
        Assert.Equal(30, DayHistogram.Median([(0, 2), (30, 3)]));
    }

    [Fact]
    public void Median_OfNoCases_IsNone()
    {
        Assert.Null(DayHistogram.Median([]));
        Assert.Null(DayHistogram.Median([(5, 0)]));
    }
}
