namespace JrCasework.Web.Tests.Shared;

/// <summary>One date format per language: en-GB for every English request (never US order), nl-NL for Dutch.</summary>
public sealed class DateTextTests : ComponentTest
{
    private static readonly DateOnly SixthOfDecember = new(2026, 12, 6);

    [Theory]
    [InlineData("en-GB", "6 Dec 2026", "Sun 6 Dec 2026", "Dec 2026")]
    [InlineData("en", "6 Dec 2026", "Sun 6 Dec 2026", "Dec 2026")]
    [InlineData("en-US", "6 Dec 2026", "Sun 6 Dec 2026", "Dec 2026")]
    [InlineData("nl-NL", "6 dec 2026", "zo 6 dec 2026", "dec 2026")]
    [InlineData("nl", "6 dec 2026", "zo 6 dec 2026", "dec 2026")]
    public void ADate_LooksTheSameForEveryCultureOfOneLanguage(string culture, string date, string withDay, string month)
    {
        UseCulture(culture);

        Assert.Equal((date, withDay, month), (DateText.Date(SixthOfDecember), DateText.DayAndDate(SixthOfDecember), DateText.Month(SixthOfDecember)));
    }

    [Fact]
    public void ATime_HasA24HourClock_InBothLanguages()
    {
        var local = new DateTime(2026, 12, 6, 14, 5, 0, DateTimeKind.Unspecified);

        UseCulture("en");
        var english = DateText.DateAndTime(local);
        UseCulture("nl-NL");
        var dutch = DateText.DateAndTime(local);

        Assert.Equal(("6 Dec 2026 14:05", "6 dec 2026 14:05"), (english, dutch));
    }

    [Fact]
    public void FilesGetIsoDates_WhateverTheLanguage()
    {
        UseCulture("nl-NL");

        Assert.Equal("2026-12-06", DateText.Iso(SixthOfDecember));
    }
}
