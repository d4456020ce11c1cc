using JrCasework.Web.Features.Cases.Similar;

namespace JrCasework.Web.Tests.Cases;

public sealed class SimilarCasesPanelTests : ComponentTest
{
    private static readonly Actor Owner = new("owner-1", new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc));

    private static readonly SimilarCase GoodExample = new(
        2, "2026-03", 2, 6, ProblemOrigin.CameUp, ObjectiveMet.Partly, true,
        ["Re-do the instruction with [name]", "A new scanner for the zone"], "Errors halved.", "Recognise accuracy, not only speed.", IsGoodExample: true);

    private static readonly SimilarCase Recent = new(
        2, "2026-01", 1, 1, ProblemOrigin.SawItComing, ObjectiveMet.Yes, true,
        ["Two shifts of instruction"], null, null, IsGoodExample: false);

    public SimilarCasesPanelTests()
    {
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void EachCase_ShowsItsOutcome_ItsActionsAndLessons_InTheOrderGiven()
    {
        var cut = Render<SimilarCaseList>(p => p.Add(c => c.Cases, [GoodExample, Recent]));

        var items = cut.FindAll("#similar-list > li");
        Assert.Equal(2, items.Count);
        var first = cut.Find("#similar-1");
        Assert.Contains("Objective met: Partly", first.QuerySelector(".jr-similar-met")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Good example", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("is-good-example", first.ClassName, StringComparison.Ordinal);
        Assert.Equal(["Re-do the instruction with [name]", "A new scanner for the zone"], first.QuerySelectorAll(".jr-similar-actions li").Select(li => li.TextContent));
        Assert.Equal("Errors halved.", first.QuerySelector(".jr-similar-how")!.TextContent);
        Assert.Equal("Recognise accuracy, not only speed.", first.QuerySelector(".jr-similar-lessons")!.TextContent);
        Assert.Equal("Closed March 2026 · after 6 weeks · 2 rounds · How it reached the supervisor: it came up", first.QuerySelector(".jr-similar-meta")!.TextContent);

        var second = cut.Find("#similar-2");
        Assert.DoesNotContain("Good example", second.TextContent, StringComparison.Ordinal);
        Assert.Contains("Objective met: Yes", second.TextContent, StringComparison.Ordinal);
        Assert.Contains("No lessons recorded.", second.TextContent, StringComparison.Ordinal);
        Assert.Equal("Closed January 2026 · within a week · one round · How it reached the supervisor: saw it coming", second.QuerySelector(".jr-similar-meta")!.TextContent);
    }

    [Fact]
    public void WithoutClosedCases_AnEmptyStateSaysSo()
    {
        var cut = Render<SimilarCaseList>(p => p.Add(c => c.Cases, []));

        Assert.Empty(cut.FindAll("#similar-list"));
        Assert.Contains("No closed cases in this category yet", cut.Find("#similar-empty").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InDutch_TheCaseAndThePlaceholdersReadInDutch()
    {
        UseCulture("nl-NL");

        var cut = Render<SimilarCaseList>(p => p.Add(c => c.Cases, [GoodExample]));

        Assert.Contains("Doel bereikt: Gedeeltelijk", cut.Find("#similar-1").TextContent, StringComparison.Ordinal);
        Assert.Contains("Goed voorbeeld", cut.Find("#similar-1").TextContent, StringComparison.Ordinal);
        Assert.Contains("Re-do the instruction with [naam]", cut.Find(".jr-similar-actions").TextContent, StringComparison.Ordinal);
        Assert.Equal("Afgesloten maart 2026 · na 6 weken · 2 rondes · Hoe het bij de leidinggevende terechtkwam: het kwam naar boven", cut.Find(".jr-similar-meta").TextContent);
    }

    [Fact]
    public void ThePanel_StartsFolded_NamingTheCategory_AndFetchesNothingUntilOpened()
    {
        // No SimilarCases service is registered: fetching now would fail the render.
        var cut = RenderPanel(canChange: true);

        Assert.Equal("How similar cases ended", cut.Find("#similar-title").TextContent);
        Assert.Contains("“Performance”", cut.Find("#similar-note").TextContent, StringComparison.Ordinal);
        Assert.Contains("names and employee numbers removed", cut.Find("#similar-note").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#similar-loading"));
        Assert.Empty(cut.FindAll("#similar-list"));
    }

    [Fact]
    public void SomeoneWhoOnlyReadsTheCase_DoesNotGetThePanel()
    {
        var cut = RenderPanel(canChange: false);

        Assert.Empty(cut.FindAll("#similar-panel"));
    }

    private IRenderedComponent<SimilarCasesPanel> RenderPanel(bool canChange)
    {
        var @case = JrCase.Open(2026, 1, "Errors at station 5", 2, ProblemOrigin.CameUp, "Errors under 1%", [(7, "Fatima Yilmaz")], "owner-1", 1, Owner);
        var session = new CaseEditor
        {
            Case = @case,
            CanChange = canChange,
            Categories = [new CategoryOption(2, "Performance", "Functioneren", true)],
            Managers = [],
            Today = new DateOnly(2026, 3, 10),
            Language = "en",
            Save = (_, _) => Task.FromResult<string?>(null),
        };
        return Render<SimilarCasesPanel>(p => p.AddCascadingValue(session));
    }
}
