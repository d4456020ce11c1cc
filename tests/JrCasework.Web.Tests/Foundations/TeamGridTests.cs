using JrCasework.Domain.Foundations;
using JrCasework.Web.Features.Foundations;

namespace JrCasework.Web.Tests.Foundations;

/// <summary>The grid of "My team" on given rows: a row per person, a cell per foundation with its state, the nudges, the filter, a click to log.</summary>
public sealed class TeamGridTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly List<FoundationCell> _logged = [];

    [Fact]
    public void EachPerson_HasARow_AndEachFoundationACellWithItsState()
    {
        var cut = RenderGrid(Team());

        Assert.Equal(["P-1", "P-2", "P-3"], cut.FindAll("#team-grid tbody tr").Select(r => r.GetAttribute("data-employee")));
        var anna = cut.Find("#team-grid tr[data-employee='P-1']");
        Assert.Equal(
            ["HowTheyAreGettingAlong:DueSoon", "Credit:Current", "ChangeInAdvance:Overdue", "BestUseOfAbility:NeverDone"],
            anna.QuerySelectorAll("td").Select(td => $"{td.GetAttribute("data-foundation")}:{td.GetAttribute("data-state")}"));
        Assert.Equal("team/1", anna.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Anna Aarts", anna.QuerySelector("a")!.TextContent);
        Assert.Equal(
            ["How they're doing", "Credit", "Changes", "Ability"],
            cut.FindAll("#team-grid thead th[data-foundation]").Select(th => th.TextContent));
    }

    [Fact]
    public void ACell_SaysWhenItWasLastDone_AndNudgesOnlyWhenDue()
    {
        var cut = RenderGrid(Team());

        var anna = cut.Find("#team-grid tr[data-employee='P-1']");
        Assert.Equal(("3 weeks ago", "Due soon"), CellText(anna, Foundation.HowTheyAreGettingAlong));
        Assert.Equal(("3 days ago", null), CellText(anna, Foundation.Credit));
        Assert.Equal(("4 months ago", "Overdue"), CellText(anna, Foundation.ChangeInAdvance));
        Assert.Equal(("never", "Not yet"), CellText(anna, Foundation.BestUseOfAbility));
        Assert.Equal(("today", null), CellText(cut.Find("#team-grid tr[data-employee='P-3']"), Foundation.Credit));
        Assert.Contains("Give credit when due", anna.QuerySelector("td[data-foundation='Credit'] button")!.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNeedsAttentionFilter_LeavesOutWhoIsUpToDateOrOnlyDueSoon_AndCountsWhoIsLeft()
    {
        var cut = RenderGrid(Team());
        Assert.Contains("(2)", cut.Find("label:has(#needs-attention)").TextContent, StringComparison.Ordinal);
        Assert.Equal("3 of 3 people shown", cut.Find("#team-count").TextContent);

        cut.Find("#needs-attention").Change(true);

        Assert.Equal(["P-1", "P-2"], cut.FindAll("#team-grid tbody tr").Select(r => r.GetAttribute("data-employee")));
        Assert.Equal("2 of 3 people shown", cut.Find("#team-count").TextContent);

        cut.Find("#needs-attention").Change(false);

        Assert.Equal(3, cut.FindAll("#team-grid tbody tr").Count);
    }

    [Fact]
    public void WhenNobodyNeedsAttention_TheFilterSaysSo_InsteadOfAnEmptyGrid()
    {
        var cut = RenderGrid([Person(3, "Carla Claes", Today.AddDays(-2), Today, Today.AddDays(-10), Today.AddDays(-30))]);

        cut.Find("#needs-attention").Change(true);

        Assert.Empty(cut.FindAll("#team-grid"));
        Assert.Contains("Nobody needs attention right now", cut.Find("#team-all-current").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickingACell_AsksToLogThatFoundationForThatPerson()
    {
        var cut = RenderGrid(Team());

        cut.Find("#team-grid tr[data-employee='P-2'] td[data-foundation='Credit'] button").Click();

        Assert.Equal([new FoundationCell(2, Foundation.Credit)], _logged);
    }

    [Fact]
    public void InDutch_TheGridSpeaksDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderGrid(Team());

        Assert.Equal(
            ["Hoe het gaat", "Erkenning", "Veranderingen", "Talenten"],
            cut.FindAll("#team-grid thead th[data-foundation]").Select(th => th.TextContent));
        var anna = cut.Find("#team-grid tr[data-employee='P-1']");
        Assert.Equal(("3 weken geleden", "Binnenkort"), CellText(anna, Foundation.HowTheyAreGettingAlong));
        Assert.Equal(("nooit", "Nog niet"), CellText(anna, Foundation.BestUseOfAbility));
    }

    private IRenderedComponent<TeamGrid> RenderGrid(IReadOnlyList<TeamRow> rows) =>
        Render<TeamGrid>(p => p
            .Add(g => g.Rows, rows)
            .Add(g => g.Today, Today)
            .Add(g => g.OnLog, cell => _logged.Add(cell)));

    private static (string Ago, string? Nudge) CellText(AngleSharp.Dom.IElement row, Foundation foundation)
    {
        var cell = row.QuerySelector($"td[data-foundation='{foundation}']")!;
        return (cell.QuerySelector(".jr-team-ago")!.TextContent, cell.QuerySelector("[data-nudge]")?.TextContent);
    }

    /// <summary>Anna needs attention (a change overdue, ability never), Bert too (credit never), Carla does not.</summary>
    private static List<TeamRow> Team() =>
    [
        Person(1, "Anna Aarts", Today.AddDays(-24), Today.AddDays(-3), Today.AddDays(-130), null),
        Person(2, "Bert Bos", Today.AddDays(-1), null, Today.AddDays(-10), Today.AddDays(-30)),
        Person(3, "Carla Claes", Today.AddDays(-2), Today, Today.AddDays(-10), Today.AddDays(-30)),
    ];

    private static TeamRow Person(int id, string name, DateOnly? gettingAlong, DateOnly? credit, DateOnly? change, DateOnly? ability)
    {
        var last = new Dictionary<Foundation, DateOnly>();
        foreach (var (foundation, date) in new[]
        {
            (Foundation.HowTheyAreGettingAlong, gettingAlong), (Foundation.Credit, credit),
            (Foundation.ChangeInAdvance, change), (Foundation.BestUseOfAbility, ability),
        })
        {
            if (date is { } d)
            {
                last[foundation] = d;
            }
        }

        return new TeamRow(id, name, $"P-{id}", FoundationSchedule.StatusOf(last, Today, new FoundationIntervals()));
    }
}
