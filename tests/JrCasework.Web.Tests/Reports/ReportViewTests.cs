using JrCasework.Web.Features.Dashboard;
using JrCasework.Web.Features.Reports;

namespace JrCasework.Web.Tests.Reports;

/// <summary>The report's view of given figures: numbers where they may be shown, "fewer than 5" where not.</summary>
public sealed class ReportViewTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ReportRequest Request = new([1, 2], "Production", new ReportPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), Today);

    [Fact]
    public void ACategoryWithFewerThanFiveCases_SaysSo_AndHasNoPercentages()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        var performance = cut.Find("#report-categories-table tr[data-key='2']");
        Assert.Equal("fewer than 5", Cell(performance, "closed"));
        Assert.Equal("–", Cell(performance, "met"));
        Assert.Equal("–", Cell(performance, "helped"));
        var attendance = cut.Find("#report-categories-table tr[data-key='1']");
        Assert.Equal(("10", "8", "60%", "88%"), (Cell(attendance, "opened"), Cell(attendance, "closed"), Cell(attendance, "met"), Cell(attendance, "helped")));
    }

    [Fact]
    public void AWithheldGroup_SaysHidden_AndTheTotalStays()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        Assert.Equal(("8", "53%"), (Cell(cut.Find("#report-followups-table tr[data-key='OnTime']"), "count"), Cell(cut.Find("#report-followups-table tr[data-key='OnTime']"), "share")));
        Assert.Equal(("hidden", "–"), (Cell(cut.Find("#report-followups-table tr[data-key='Late']"), "count"), Cell(cut.Find("#report-followups-table tr[data-key='Late']"), "share")));
        Assert.Equal("fewer than 5", Cell(cut.Find("#report-followups-table tr[data-key='Missed']"), "count"));
        Assert.Equal("15", Cell(cut.Find("#report-followups-table tr[data-key='Total']"), "count"));
    }

    [Fact]
    public void TheTiles_ShowTheSummary()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        Assert.Equal("15", cut.Find("#tile-opened .jr-rep-tile-number").TextContent.Trim());
        Assert.Equal("12", cut.Find("#tile-closed .jr-rep-tile-number").TextContent.Trim());
        Assert.Equal("58%", cut.Find("#tile-objective-met .jr-rep-tile-number").TextContent.Trim());
        Assert.Equal("55 days", cut.Find("#tile-time-to-close .jr-rep-tile-number").TextContent.Trim());
        Assert.Contains("Production and the units below it · 1 Jul 2026 to 30 Sept 2026", cut.Find("#report-scope").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummaryShareThatIsNotGiven_SaysWhy()
    {
        var figures = Figures() with
        {
            Summary = Figures().Summary with { SawItComing = null },
            Origins = Breakdown<ProblemOrigin>.Of([(ProblemOrigin.SawItComing, 3), (ProblemOrigin.CameUp, 8), (ProblemOrigin.BroughtToMe, 2), (ProblemOrigin.RanIntoIt, 2)]),
        };

        var cut = Render<ReportView>(p => p.Add(v => v.Report, figures));

        Assert.Equal("fewer than 5", cut.Find("#tile-saw-it-coming .jr-rep-tile-number").TextContent.Trim());
        Assert.Equal("fewer than 5", Cell(cut.Find("#report-origins-table tr[data-key='SawItComing']"), "count"));
    }

    [Fact]
    public void InDutch_ASmallGroupIsMinderDan5()
    {
        UseCulture("nl-NL");

        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        Assert.Equal("minder dan 5", Cell(cut.Find("#report-categories-table tr[data-key='2']"), "closed"));
        Assert.Equal("Casussen geopend", cut.Find("#tile-opened .jr-rep-tile-label").TextContent);
    }

    [Fact]
    public void ASelectionWithFewerThanFiveCases_ShowsOnlyThatMessage()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, CaseReport.TooFew(Request, new DateOnly(2026, 9, 30))));

        Assert.Contains("Fewer than 5 cases", cut.Find("#report-too-few").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#report-tiles"));
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void ThePrintView_ShowsTheSupervisorTable_WithoutAPanelToOpen()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()).Add(v => v.Printable, true));

        Assert.Empty(cut.FindAll("#report-supervisors-panel"));
        Assert.Equal("fewer than 5", Cell(cut.Find("#report-supervisors-table tr[data-key='S-AAAAAA']"), "closed"));
    }

    [Theory]
    [InlineData("en-GB", "On average 1.25 rounds per closed case.", "Median 55 days, average 52.5 days.")]
    [InlineData("nl-NL", "Gemiddeld 1,25 rondes per afgesloten casus.", "Mediaan 55 dagen, gemiddeld 52,5 dagen.")]
    public void NoTwoSentences_RunTogether(string culture, string loops, string close)
    {
        UseCulture(culture);

        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        Assert.Contains(cut.FindAll("p"), p => p.TextContent.Trim() == loops);
        Assert.Contains(cut.FindAll("p"), p => p.TextContent.Trim() == close);
        Assert.All(cut.FindAll("p"), p => Assert.DoesNotMatch(@"[\p{L}\p{N}][.!?:]\p{Lu}", p.TextContent));
    }

    [Fact]
    public void TheMonthTable_ShowsEveryMonth_InNoScrollBoxOfItsOwn()
    {
        var figures = Figures() with
        {
            Months = [.. Enumerable.Range(0, 24).Select(i => new MonthRow(new DateOnly(2025, 1, 1).AddMonths(i), ReportCount.Shown(5 + i), ReportCount.Shown(5)))],
        };

        var cut = Render<ReportView>(p => p.Add(v => v.Report, figures));

        Assert.Equal(24, cut.FindAll("#report-months-table tbody tr").Count);
        Assert.Null(cut.Find("#report-months-table").Closest(".jr-rep-table-scroll"));
    }

    [Fact]
    public void EveryScrollBoxLeft_CanBeReachedByKeyboard_AndHasAName()
    {
        var cut = Render<ReportView>(p => p.Add(v => v.Report, Figures()));

        var boxes = cut.FindAll(".jr-rep-table-scroll");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            Assert.Equal("0", box.GetAttribute("tabindex"));
            Assert.Equal("region", box.GetAttribute("role"));
            var name = box.GetAttribute("aria-labelledby");
            Assert.False(string.IsNullOrEmpty(name));
            Assert.NotNull(cut.Find("#" + name));
        });
    }

    private static string Cell(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"td[data-column='{column}']")!.TextContent.Trim();

    private static CaseReport Figures()
    {
        var shown = ReportCount.Shown;
        var small = ReportCount.FewerThanFive;
        return new CaseReport(
            Request,
            new DateOnly(2026, 9, 30),
            TooFewCases: false,
            new ReportSummary(shown(15), shown(12), 7 / 12.0, 8 / 15.0, 8 / 15.0, new DayFigures(52.5, 55)),
            [new MonthRow(new DateOnly(2026, 7, 1), shown(11), small), new MonthRow(new DateOnly(2026, 8, 1), small, shown(6))],
            Breakdown<ProblemOrigin>.Of([(ProblemOrigin.SawItComing, 8), (ProblemOrigin.CameUp, 4), (ProblemOrigin.BroughtToMe, 2), (ProblemOrigin.RanIntoIt, 1)]),
            Breakdown<ObjectiveMet>.Of([(ObjectiveMet.Yes, 7), (ObjectiveMet.Partly, 3), (ObjectiveMet.No, 2)]),
            Breakdown<LoopCount>.Of([(LoopCount.One, 9), (LoopCount.Two, 3), (LoopCount.ThreeOrMore, 0)]),
            1.25,
            [
                new CategoryRow(1, "Attendance", "Aanwezigheid", shown(10), shown(8), 0.6, 0.875),
                new CategoryRow(2, "Performance", "Functioneren", shown(5), small, null, null),
            ],
            [.. Enum.GetValues<CaseStep>().Where(s => s != CaseStep.Closed).Select(s => new StepTime(s, new DayFigures(4.5, 4)))],
            Breakdown<CloseBand>.Of([(CloseBand.UnderAMonth, 1), (CloseBand.OneToThreeMonths, 10), (CloseBand.ThreeToSixMonths, 1), (CloseBand.SixMonthsOrMore, 0)]),
            Breakdown<CompletionClass>.Of([(CompletionClass.OnTime, 8), (CompletionClass.Late, 5), (CompletionClass.Missed, 2)]),
            [new UnitRow(1, "Production", 0, shown(15), shown(12), 7 / 12.0, 8 / 15.0)],
            [new SupervisorRow("S-AAAAAA", shown(9), small, null, 5 / 9.0, shown(9), 5 / 9.0)]);
    }
}
