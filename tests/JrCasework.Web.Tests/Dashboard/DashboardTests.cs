using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Web.Tests.Dashboard;

/// <summary>The dashboard's view of given figures: every number in a table, the cases behind a number, the empty state.</summary>
public sealed class DashboardTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTime At = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CompletionPeriod Period = CompletionPeriod.LastDays(Today, 90);
    private readonly List<DrillDown> _requested = [];

    public DashboardTests() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void TheFollowUpTable_ShowsEachSupervisorsCounts()
    {
        var cut = RenderView(Figures());

        var anna = cut.Find("#dashboard-overdue-table tr[data-supervisor='Anna Aarts']");
        var bert = cut.Find("#dashboard-overdue-table tr[data-supervisor='Bert Bos']");
        Assert.Equal(("2", "3", "7"), (Cell(anna, "overdue"), Cell(anna, "due"), Cell(anna, "open")));
        Assert.Equal(("0", "1", "4"), (Cell(bert, "overdue"), Cell(bert, "due"), Cell(bert, "open")));
        Assert.Equal("2", cut.Find("#tile-overdue .jr-dash-tile-number").TextContent);
        Assert.Equal("4", cut.Find("#tile-due .jr-dash-tile-number").TextContent);
        Assert.Equal("11", cut.Find("#tile-open .jr-dash-tile-number").TextContent);
    }

    [Fact]
    public void TheStepTable_ShowsCountsBandsAndDays()
    {
        var cut = RenderView(Figures());

        var check = cut.Find("#dashboard-steps-table tr[data-step='CheckResults']");
        Assert.Equal("4 Check results", check.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(
            ["3", "0", "1", "1", "1", "55", "65.0", "116"],
            new[] { "open", "UnderAWeek", "OneToFourWeeks", "OneToThreeMonths", "OverThreeMonths", "median", "average", "longest" }.Select(c => Cell(check, c)));
        Assert.Equal("–", Cell(cut.Find("#dashboard-steps-table tr[data-step='Objective']"), "median"));
        Assert.Equal(5, cut.FindAll("#dashboard-steps-table tbody tr").Count);
    }

    [Fact]
    public void TheCompletionTable_ShowsCountsAndShares()
    {
        var cut = RenderView(Figures());

        string[] Row(string completion) =>
            [Cell(cut.Find($"#dashboard-completion-table tr[data-completion='{completion}']"), "count"),
             Cell(cut.Find($"#dashboard-completion-table tr[data-completion='{completion}']"), "share")];
        Assert.Equal(["2", "40%"], Row("OnTime"));
        Assert.Equal(["1", "20%"], Row("Late"));
        Assert.Equal(["2", "40%"], Row("Missed"));
        Assert.Equal(["5", "100%"], Row("Total"));
        Assert.Contains("due from 27 Aug 2026 to 24 Nov 2026", cut.Find("#dashboard-completion-caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferredCase_LinksToItsPage()
    {
        var cut = RenderView(Figures());

        var link = cut.Find("#dashboard-referred tr[data-reference='JR-2026-0042'] a");
        Assert.Equal("cases/42", link.GetAttribute("href"));
    }

    [Fact]
    public void ClickingANumber_AsksForTheCasesBehindIt()
    {
        var cut = RenderView(Figures());

        cut.Find("#dashboard-overdue-table tr[data-supervisor='Anna Aarts'] td[data-column='overdue'] button").Click();
        cut.Find("#dashboard-steps-table tr[data-step='CheckResults'] th button").Click();
        cut.Find("#dashboard-completion-table tr[data-completion='Missed'] button").Click();

        Assert.Equal(
            [new SupervisorDrillDown("anna", FollowUpFocus.Overdue), new StepDrillDown(CaseStep.CheckResults), new CompletionDrillDown(CompletionClass.Missed, Period)],
            _requested);
        Assert.Empty(cut.FindAll("#dashboard-overdue-table tr[data-supervisor='Bert Bos'] td[data-column='overdue'] button"));
    }

    [Fact]
    public void TheCasesBehindANumber_ShowReferenceSupervisorStepAndDates_AndLinkOnlyAReferredCase()
    {
        DashboardCaseRow[] rows =
        [
            new("JR-2026-0007", "Anna Aarts", CaseStep.CheckResults, At.AddDays(-20), At, new DateOnly(2026, 11, 10), true, null),
            new("JR-2026-0042", "Anna Aarts", CaseStep.TakeAction, At.AddDays(-30), At.AddDays(-5), null, false, 42),
        ];
        var result = new DrillDownResult(new SupervisorDrillDown("anna", FollowUpFocus.Overdue), 2, rows);

        var cut = RenderView(Figures(), result);

        var panel = cut.Find("#dashboard-drilldown");
        Assert.Equal("Anna Aarts: cases with an overdue follow-up", panel.QuerySelector("h3")!.TextContent);
        var first = panel.QuerySelector("tr[data-reference='JR-2026-0007']")!;
        Assert.Null(first.QuerySelector("a"));
        Assert.Contains("4 Check results", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 Nov 2026", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("24 days", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("cases/42", panel.QuerySelector("tr[data-reference='JR-2026-0042'] a")!.GetAttribute("href"));
        Assert.Contains("None scheduled", panel.QuerySelector("tr[data-reference='JR-2026-0042']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AManagerWithoutUnits_SeesTheEmptyState_AndNoTables()
    {
        var scope = new DashboardScope("nina", [], Today);
        var empty = new ManagerDashboard(scope, [], [], [], new CompletionSummary(Period, Today.AddDays(-1), CompletionFigures.None, []), []);

        var cut = RenderView(empty);

        Assert.Contains("You do not manage a unit yet", cut.Find("#dashboard-no-units").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#dashboard-overdue-table"));
        Assert.Empty(cut.FindAll("#dashboard-steps-table"));
        Assert.Empty(cut.FindAll("#dashboard-completion-table"));
        Assert.Equal("No open cases are referred to you.", cut.Find("#dashboard-referred .jr-dash-none").TextContent);
    }

    [Fact]
    public void InDutch_TheHeadingsAndNumbersAreDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderView(Figures());

        Assert.Equal("Controlemomenten per leidinggevende", cut.Find("#dashboard-followups h2").TextContent);
        Assert.Equal("65,0", Cell(cut.Find("#dashboard-steps-table tr[data-step='CheckResults']"), "average"));
    }

    private static string Cell(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"td[data-column='{column}']")!.TextContent.Trim();

    private static ManagerDashboard Figures()
    {
        var scope = new DashboardScope("dirk", [3, 4], Today);
        SupervisorFollowUps[] supervisors = [new("anna", "Anna Aarts", 7, 2, 3), new("bert", "Bert Bos", 4, 0, 1)];
        StepFigures[] steps =
        [
            new(CaseStep.Objective, 0, 0, 0, 0, [0, 0, 0, 0]),
            new(CaseStep.Facts, 4, 3, 2, 6, [4, 0, 0, 0]),
            new(CaseStep.WeighAndDecide, 2, 10, 10, 12, [0, 2, 0, 0]),
            new(CaseStep.TakeAction, 2, 20, 20, 25, [0, 2, 0, 0]),
            new(CaseStep.CheckResults, 3, 65, 55, 116, [0, 1, 1, 1]),
        ];
        var completion = new CompletionSummary(Period, Today.AddDays(-1), new CompletionFigures(2, 1, 2), [new("anna", "Anna Aarts", new CompletionFigures(2, 1, 2))]);
        DashboardCaseRow[] referred = [new("JR-2026-0042", "Bert Bos", CaseStep.TakeAction, At.AddDays(-30), At.AddDays(-5), new DateOnly(2026, 11, 29), false, 42)];
        return new ManagerDashboard(scope, ["Assembly", "Packing"], supervisors, steps, completion, referred);
    }

    private IRenderedComponent<DashboardView> RenderView(ManagerDashboard dashboard, DrillDownResult? drillDown = null) =>
        Render<DashboardView>(p => p
            .Add(v => v.Dashboard, dashboard)
            .Add(v => v.DrillDown, drillDown)
            .Add(v => v.OnDrillDown, EventCallback.Factory.Create<DrillDown>(this, _requested.Add)));
}
