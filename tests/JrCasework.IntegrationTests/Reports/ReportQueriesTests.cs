using System.Text.Json;
using JrCasework.Web.Features.Dashboard;
using JrCasework.Web.Features.Reports;

namespace JrCasework.IntegrationTests.Reports;

/// <summary>
/// The HR report over the third quarter of 2026 on <see cref="ReportFixture"/>'s casebook. Every expected figure is
/// counted by hand from the table in the fixture: 20 cases opened in the quarter (C1–C9, C11, C12, D1–D5, O1–O3, X1)
/// and 17 closed in it (C1–C9, P1, C11, C12, D1–D5).
/// </summary>
public sealed partial class ReportQueriesTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly ReportPeriod Quarter = ReportFixture.Quarter;

    [Fact]
    public async Task Summary_CountsOpenedAndClosed_WithTheObjectiveMetRate_ProactiveShare_AndFollowUpsOnTime()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        Assert.False(report.TooFewCases);
        Assert.Equal(ReportCount.Shown(20), report.Summary.Opened);
        Assert.Equal(ReportCount.Shown(17), report.Summary.Closed);

        // Objective met: C1 C2 C3 C5 C7 C8 C12 = 7 of 17. Saw it coming: C1 C2 C3 C8 C9 O1 O2 X1 = 8 of 20.
        Assert.Equal(7 / 17.0, report.Summary.ObjectiveMet!.Value, precision: 6);
        Assert.Equal(0.4, report.Summary.SawItComing!.Value, precision: 6);

        // Follow-ups due in the quarter: 13 on time, 5 late, 2 missed.
        Assert.Equal(0.65, report.Summary.FollowUpsOnTime!.Value, precision: 6);
        Assert.Equal(new DateOnly(2026, 9, 30), report.LastFollowUpDay);
        Assert.Equal("Rpt Organisation", report.Request.ScopeName);
    }

    [Fact]
    public async Task TimeToClose_HasTheMedianAverageAndBands_OfTheCasesClosedInThePeriod()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        // 20 30 40×8 50 60 60 60 70 70 90 days: the ninth of 17 is 40; the average 830 / 17.
        Assert.Equal(new DayFigures(Math.Round(830 / 17.0, 4), 40), Rounded(report.Summary.TimeToClose));

        // Under a month: C1 (20). One to three months: fifteen. Three to six: P1 (90). Six or more: none.
        Assert.Equal(ReportCount.FewerThanFive, report.TimeToClose[CloseBand.UnderAMonth].Count);
        Assert.Equal(ReportCount.Shown(15), report.TimeToClose[CloseBand.OneToThreeMonths].Count);
        Assert.Equal(15 / 17.0, report.TimeToClose[CloseBand.OneToThreeMonths].Share!.Value, precision: 6);
        Assert.Equal(ReportCount.FewerThanFive, report.TimeToClose[CloseBand.ThreeToSixMonths].Count);
        Assert.Equal(ReportCount.FewerThanFive, report.TimeToClose[CloseBand.SixMonthsOrMore].Count);
        Assert.Null(report.TimeToClose[CloseBand.UnderAMonth].Share);
    }

    [Fact]
    public async Task TimeInEachStep_AddsUpLoopsPerCase_FromTheHistory()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);
        var steps = report.Steps.ToDictionary(s => s.Step, s => Rounded(s.Days));

        // Per case, all loops together (see the fixture): sums 24, 66, 82, 114 and 544 days over 17 cases; the median
        // is the ninth: objective 1 (13 of 17 took a day), facts 2, weighing 3 and action 4 (nine cases each).
        Assert.Equal([CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults], report.Steps.Select(s => s.Step));
        Assert.Equal(new DayFigures(Math.Round(24 / 17.0, 4), 1), steps[CaseStep.Objective]);
        Assert.Equal(new DayFigures(Math.Round(66 / 17.0, 4), 2), steps[CaseStep.Facts]);
        Assert.Equal(new DayFigures(Math.Round(82 / 17.0, 4), 3), steps[CaseStep.WeighAndDecide]);
        Assert.Equal(new DayFigures(Math.Round(114 / 17.0, 4), 4), steps[CaseStep.TakeAction]);

        // Check results: 10 20 20 30×7 34 35 40 40 40 45 50, with C7 (10 + 35), C9 (20 + 20) and C11 (10 + 25) over two loops.
        Assert.Equal(new DayFigures(Math.Round(544 / 17.0, 4), 30), steps[CaseStep.CheckResults]);
    }

    [Fact]
    public async Task Outcomes_AndLoops_HideTheirSmallGroups()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        // Yes 7, partly 3 (C4 C6 C9), no 7 (P1 C11 D1–D5): the partly alone would be 17 − 7 − 7, so of the two
        // equal rows the later, "no", is withheld as well.
        Assert.Equal(ReportCount.Shown(7), report.Outcomes[ObjectiveMet.Yes].Count);
        Assert.Equal(7 / 17.0, report.Outcomes[ObjectiveMet.Yes].Share!.Value, precision: 6);
        Assert.Equal(ReportCount.FewerThanFive, report.Outcomes[ObjectiveMet.Partly].Count);
        Assert.Equal(ReportCount.Withheld, report.Outcomes[ObjectiveMet.No].Count);
        Assert.Null(report.Outcomes[ObjectiveMet.No].Share);
        Assert.Equal(ReportCount.Shown(17), report.Outcomes.Total);

        // One loop: 14; two loops: C7, C9, C11. Average (14 + 2 × 3) / 17.
        Assert.Equal(ReportCount.Shown(14), report.Loops[LoopCount.One].Count);
        Assert.Equal(14 / 17.0, report.Loops[LoopCount.One].Share!.Value, precision: 6);
        Assert.Equal(ReportCount.FewerThanFive, report.Loops[LoopCount.Two].Count);
        Assert.Equal(ReportCount.FewerThanFive, report.Loops[LoopCount.ThreeOrMore].Count);
        Assert.Equal(20 / 17.0, report.AverageLoops!.Value, precision: 6);
    }

    [Fact]
    public async Task Origins_AreTheCasesOpenedInThePeriod()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        // Saw it coming 8, came up 9 (C4 C5 C11 O3 D1–D5), brought 2 (C6 C12), ran into it 1 (C7).
        Assert.Equal(ReportCount.Shown(8), report.Origins[ProblemOrigin.SawItComing].Count);
        Assert.Equal(ReportCount.Shown(9), report.Origins[ProblemOrigin.CameUp].Count);
        Assert.Equal(0.45, report.Origins[ProblemOrigin.CameUp].Share!.Value, precision: 6);
        Assert.Equal(ReportCount.FewerThanFive, report.Origins[ProblemOrigin.BroughtToMe].Count);
        Assert.Equal(ReportCount.FewerThanFive, report.Origins[ProblemOrigin.RanIntoIt].Count);
        Assert.Equal(ReportCount.Shown(20), report.Origins.Total);
    }

    [Fact]
    public async Task FollowUps_CountOnTimeLateAndMissed_AndWithholdLate_SoTheMissedCannotBeWorkedOut()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        // 13 on time, 5 late, 2 missed: the missed would be 20 − 13 − 5, so the late (the smallest shown) is withheld too.
        Assert.Equal(ReportCount.Shown(20), report.FollowUps.Total);
        Assert.Equal(ReportCount.Shown(13), report.FollowUps[CompletionClass.OnTime].Count);
        Assert.Equal(ReportCount.Withheld, report.FollowUps[CompletionClass.Late].Count);
        Assert.Equal(ReportCount.FewerThanFive, report.FollowUps[CompletionClass.Missed].Count);
        Assert.Null(report.FollowUps[CompletionClass.Late].Share);
    }

    [Fact]
    public async Task Months_CountOpenedAndClosed_WithTheSecondSmallestHidden()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);
        var months = report.Months.ToDictionary(m => m.Month.Month);

        Assert.Equal([7, 8, 9], report.Months.Select(m => m.Month.Month));

        // Opened: July 16, August 2 (O1 O2), September 2 (O3 X1).
        Assert.Equal(ReportCount.Shown(16), months[7].Opened);
        Assert.Equal(ReportCount.FewerThanFive, months[8].Opened);
        Assert.Equal(ReportCount.FewerThanFive, months[9].Opened);

        // Closed: July 1 (C1), August 11, September 5: July alone is small, so September is withheld with it.
        Assert.Equal(ReportCount.FewerThanFive, months[7].Closed);
        Assert.Equal(ReportCount.Shown(11), months[8].Closed);
        Assert.Equal(ReportCount.Withheld, months[9].Closed);
    }

    [Fact]
    public async Task Categories_ShowOutcomesPerCategory_AndACategoryWithFourCases_IsFewerThanFive()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);
        var attendance = report.Categories.Single(c => c.CategoryId == 1);
        var performance = report.Categories.Single(c => c.CategoryId == 2);

        // Attendance: opened 15, closed 13, of which 5 met (C1 C2 C3 C5 C8) and 7 helped (not P1, D1–D5).
        Assert.Equal((ReportCount.Shown(15), ReportCount.Shown(13)), (attendance.Opened, attendance.Closed));
        Assert.Equal(5 / 13.0, attendance.ObjectiveMet!.Value, precision: 6);
        Assert.Equal(7 / 13.0, attendance.ActionHelped!.Value, precision: 6);

        // Performance: 5 opened (C6 C7 C11 C12 O3), but only 4 closed: no outcome figures for it.
        Assert.Equal((ReportCount.Shown(5), ReportCount.FewerThanFive), (performance.Opened, performance.Closed));
        Assert.Null(performance.ObjectiveMet);
        Assert.Null(performance.ActionHelped);
        Assert.All(report.Categories.Where(c => c.CategoryId > 2), c => Assert.Equal(ReportCount.FewerThanFive, c.Closed));
    }

    [Fact]
    public async Task Units_AreATree_EachWithItsOwnCases()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);

        Assert.Equal(["Rpt Organisation", "Rpt Assembly", "Rpt Packing"], report.Units.Select(u => u.Name));
        Assert.Equal([0, 1, 1], report.Units.Select(u => u.Depth));
        var (assembly, packing) = (report.Units[1], report.Units[2]);
        Assert.Equal((ReportCount.Shown(14), ReportCount.Shown(12)), (assembly.Opened, assembly.Closed));
        Assert.Equal((ReportCount.Shown(6), ReportCount.Shown(5)), (packing.Opened, packing.Closed));
        Assert.Equal(ReportCount.FewerThanFive, report.Units[0].Opened);

        // Assembly: 5 of 12 met, 5 of 14 seen coming; both sides of each split are five or more.
        Assert.Equal(5 / 12.0, assembly.ObjectiveMet!.Value, precision: 6);
        Assert.Equal(5 / 14.0, assembly.SawItComing!.Value, precision: 6);

        // Packing: 2 of 5 met, 3 of 6 seen coming: a share would show a group of two or three.
        Assert.Null(packing.ObjectiveMet);
        Assert.Null(packing.SawItComing);
    }

    [Fact]
    public async Task Supervisors_AppearByPseudonym_WithTheirOwnFigures()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);
        var pseudonyms = fixture.App.Services.GetRequiredService<Pseudonyms>();
        var anna = report.Supervisors.Single(s => s.Pseudonym == pseudonyms.Supervisor(fixture.UserIds["anna"]));
        var bert = report.Supervisors.Single(s => s.Pseudonym == pseudonyms.Supervisor(fixture.UserIds["bert"]));

        Assert.Equal(2, report.Supervisors.Count);
        Assert.Equal((ReportCount.Shown(14), ReportCount.Shown(12), ReportCount.Shown(14)), (anna.Opened, anna.Closed, anna.FollowUpsDue));
        Assert.Equal(5 / 12.0, anna.ObjectiveMet!.Value, precision: 6);
        Assert.Equal(5 / 14.0, anna.SawItComing!.Value, precision: 6);

        // Anna's follow-ups: 10 on time, 3 late, 1 missed; four not on time is a small group.
        Assert.Null(anna.FollowUpsOnTime);
        Assert.Equal((ReportCount.Shown(6), ReportCount.Shown(5), ReportCount.Shown(6)), (bert.Opened, bert.Closed, bert.FollowUpsDue));
        Assert.Null(bert.ObjectiveMet);
    }

    [Fact]
    public async Task TheReport_NamesNoOne_AndCarriesNoCaseContent()
    {
        var report = await LoadAsync(ReportFixture.HannaEmail);
        var everything = JsonSerializer.Serialize(report);

        Assert.All(ReportFixture.Markers, marker => Assert.DoesNotContain(marker, everything, StringComparison.OrdinalIgnoreCase));
        Assert.All(fixture.UserIds.Values, id => Assert.DoesNotContain(id, everything, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("@example.com", everything, StringComparison.OrdinalIgnoreCase);
    }
}
