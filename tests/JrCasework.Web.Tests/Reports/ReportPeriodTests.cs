using JrCasework.Web.Features.Reports;

namespace JrCasework.Web.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(PeriodPreset.ThisQuarter, "2026-10-01", "2026-11-25")]
    [InlineData(PeriodPreset.LastQuarter, "2026-07-01", "2026-09-30")]
    [InlineData(PeriodPreset.Last12Months, "2025-11-26", "2026-11-25")]
    public void EachPreset_CoversItsDays(PeriodPreset preset, string from, string to)
    {
        var period = ReportPeriod.Of(preset, Today);

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
        Assert.Equal(preset, period.PresetOn(Today));
    }

    [Fact]
    public void InJanuary_LastQuarterIsTheLastOfTheYearBefore()
    {
        var period = ReportPeriod.Of(PeriodPreset.LastQuarter, new DateOnly(2027, 1, 10));

        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (period.From, period.To));
    }

    [Fact]
    public void OtherDates_AreCustom_AndReversedDatesAreSwapped()
    {
        var period = new ReportPeriod(new DateOnly(2026, 8, 31), new DateOnly(2026, 8, 1));

        Assert.Equal((new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31)), (period.From, period.To));
        Assert.Equal(PeriodPreset.Custom, period.PresetOn(Today));
    }

    [Fact]
    public void ThePeriod_RunsFromTheFirstMomentOfItsFirstDay_ToTheFirstMomentAfterItsLastDay()
    {
        var period = new ReportPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));

        Assert.Equal(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), period.StartUtc);
        Assert.Equal(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), period.EndUtc);
        Assert.Equal([new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1)], period.Months());
    }
}
