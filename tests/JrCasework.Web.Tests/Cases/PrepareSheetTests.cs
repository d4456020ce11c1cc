using JrCasework.Web.Features.Cases.Prepare;

namespace JrCasework.Web.Tests.Cases;

public sealed class PrepareSheetTests : ComponentTest
{
    private const int Jan = 7;
    private const int Eva = 8;
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Owner = new("owner-1", Now);
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void TheFacts_AreGroupedByKind_AndTheOpenQuestionsNameWhatTheWholeStoryMisses()
    {
        var @case = CaseInStep1();
        @case.AddFact(FactKind.Record, "Time registration", Day, "Late six times in four weeks", Owner);
        @case.AddFact(FactKind.Conversation, "Talk on Monday", Day, "The bus timetable changed", Owner, Jan);

        var cut = RenderSheet(@case);

        Assert.Contains("Late six times in four weeks", cut.Find("#prepare-kind-Record").TextContent, StringComparison.Ordinal);
        Assert.Contains("The bus timetable changed", cut.Find("#prepare-kind-Conversation").TextContent, StringComparison.Ordinal);
        Assert.Contains("None yet.", cut.Find("#prepare-kind-OpinionOrFeeling").TextContent, StringComparison.Ordinal);
        var missing = cut.FindAll("#prepare-missing li").Select(li => li.TextContent).ToList();
        Assert.Equal(["rules and customs", "a conversation with Eva Bos", "opinions and feelings"], missing);
        Assert.Equal(6, cut.FindAll(".jr-sheet-line").Count);
        Assert.Contains("Jan is on time again", cut.Find("#prepare-objective").TextContent, StringComparison.Ordinal);
        Assert.Contains("Jan Smit, Eva Bos", cut.Find("#prepare-employees").TextContent, StringComparison.Ordinal);
        Assert.Contains("No decision taken yet.", cut.Find("#prepare-decision").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#prepare-actions"));
    }

    [Fact]
    public void AfterTheDecision_ThePossibleActionsShowTheirWeighing_AndTheChosenOne()
    {
        var @case = CaseInStep1();
        @case.AddFact(FactKind.Record, "Time registration", Day, "Late six times", Owner);
        @case.AddFact(FactKind.RulesAndCustoms, "Staff handbook", Day, "Shift starts at 06:00", Owner);
        @case.AddFact(FactKind.Conversation, "Talk", Day, "The bus changed", Owner, Jan);
        @case.AddFact(FactKind.Conversation, "Talk", Day, "Jan is often late", Owner, Eva);
        @case.AddFact(FactKind.OpinionOrFeeling, "Colleagues", Day, "Unfair", Owner);
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
        Render<PrepareSheet>(p => p.Add(s => s.Case, @case).Add(s => s.CategoryName, "Attendance").Add(s => s.Today, DateOnly.FromDateTime(Now)));

    private static JrCase CaseInStep1()
    {
        var @case = JrCase.Open(2026, 7, "Late arrivals", 1, ProblemOrigin.CameUp, "Jan is on time again", [(Jan, "Jan Smit"), (Eva, "Eva Bos")], "owner-1", 1, Owner);
        @case.StartGettingFacts(Owner);
        return @case;
    }
}
