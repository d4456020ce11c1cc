using JrCasework.Web.Features.Cases.Prepare;
using static JrCasework.Web.Tests.Cases.EarlyShiftCase;

namespace JrCasework.Web.Tests.Cases;

public sealed class PrepareSheetTests : ComponentTest
{
    [Fact]
    public void TheFacts_AreGroupedByKind_AndTheOpenQuestionsNameWhatTheWholeStoryMisses()
    {
        var @case = CaseInStep1();
        @case.AddFact(FactKind.Record, "Time registration", Day, "Late six times in four weeks", Owner);
        @case.AddFact(FactKind.Conversation, "Talk on Monday", Day, "The bus timetable changed", Owner, Jan);

        var cut = RenderSheet(@case);

        AssertTexts(
            cut,
            ("#prepare-kind-Record", "Late six times in four weeks"),
            ("#prepare-kind-Conversation", "The bus timetable changed"),
            ("#prepare-kind-OpinionOrFeeling", "None yet."));
        var missing = cut.FindAll("#prepare-missing li").Select(li => li.TextContent).ToList();
        Assert.Equal(["rules and customs", "a conversation with Eva Bos", "opinions and feelings"], missing);
        Assert.Equal(6, cut.FindAll(".jr-sheet-line").Count);
        AssertTexts(
            cut,
            ("#prepare-objective", "Jan is on time again"),
            ("#prepare-employees", "Jan Smit, Eva Bos"),
            ("#prepare-decision", "No decision taken yet."));
        Assert.Empty(cut.FindAll("#prepare-actions"));
    }

    [Fact]
    public void AfterTheDecision_ThePossibleActionsShowTheirWeighing_AndTheChosenOne()
    {
        var @case = CaseInStep1().WithTheWholeStory();
        @case.StartWeighing(Owner);
        var helps = new Weighing(Effect.Positive, "helps");
        @case.AddPossibleAction(new PossibleActionInput("Shift 30 minutes later", helps, new Weighing(Effect.Neutral), helps, true, "Roster rules allow it"), Owner);
        @case.AddPossibleAction(new PossibleActionInput("Formal warning", new Weighing(Effect.Negative), helps, new Weighing(Effect.Neutral), true), Owner);
        @case.Decide([1], "Solves the cause without punishing", Owner);

        var cut = RenderSheet(@case);

        var options = cut.FindAll("#prepare-actions li.jr-sheet-option");
        Assert.Equal(2, options.Count);
        Assert.Contains("is-chosen", options[0].ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("is-chosen", options[1].ClassName, StringComparison.Ordinal);
        Assert.Contains("Positive — helps", options[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Roster rules allow it", options[0].TextContent, StringComparison.Ordinal);
        var decision = cut.Find("#prepare-decision").TextContent;
        Assert.Contains("1. Shift 30 minutes later", decision, StringComparison.Ordinal);
        Assert.Contains("Solves the cause without punishing", decision, StringComparison.Ordinal);
        Assert.Contains("Every part of the whole story is covered", cut.Find("#prepare-questions").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InDutch_TheSheetIsDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderSheet(CaseInStep1());

        Assert.Contains("Gespreksvoorbereiding", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("een gesprek met Eva Bos", cut.Find("#prepare-missing").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<PrepareSheet> RenderSheet(JrCase @case) =>
        Render<PrepareSheet>(p => p.Add(s => s.Case, @case).Add(s => s.CategoryName, "Attendance").Add(s => s.Today, Today));

    private static JrCase CaseInStep1() => InStep1(7, "Late arrivals", "Jan is on time again");
}
