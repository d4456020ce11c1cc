using JrCasework.Web.Features.Cases.Steps;
using static JrCasework.Web.Tests.Cases.EarlyShiftCase;

namespace JrCasework.Web.Tests.Cases;

public sealed class FactsStepTests : CasePartTest
{
    [Fact]
    public void ThePrompts_AreTickedFromTheFacts_WithOneTalkPromptPerEmployee()
    {
        var @case = InStep1();
        @case.AddFact(FactKind.Record, "Absence records", new DateOnly(2026, 3, 2), "Late six times", Owner);
        @case.AddFact(FactKind.Conversation, "Talk on Monday", new DateOnly(2026, 3, 3), "The bus changed", Owner, Jan);

        var cut = RenderStep(@case);

        var prompts = cut.FindAll("#prompts li");
        Assert.Equal(5, prompts.Count);
        Assert.Contains("Review the record", prompts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("is-done", prompts[0].ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("is-done", prompts[1].ClassName ?? "", StringComparison.Ordinal);
        Assert.Contains("Talk with Jan Smit", prompts[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("is-done", prompts[2].ClassName, StringComparison.Ordinal);
        Assert.Contains("Talk with Eva Bos", prompts[3].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("is-done", prompts[3].ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void WhilePartsAreMissing_TheCautionWarns_AndTheMissingPartsAreListedByName()
    {
        var @case = InStep1();
        @case.AddFact(FactKind.Conversation, "Talk on Monday", new DateOnly(2026, 3, 3), "The bus changed", Owner, Jan);

        var cut = RenderStep(@case);

        Assert.Contains("Be sure you have the whole story", cut.Find("#caution").TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        var missing = cut.Find("#whole-story").TextContent;
        Assert.Contains("the record", missing, StringComparison.Ordinal);
        Assert.Contains("a conversation with Eva Bos", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("a conversation with Jan Smit", missing, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("#override-reason"));
    }

    [Fact]
    public void WithTheWholeStory_TheCautionNoLongerWarns_AndThePanelSaysItIsComplete()
    {
        var @case = InStep1().WithTheWholeStory();

        var cut = RenderStep(@case);

        Assert.DoesNotContain("mud-alert-text-warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("#whole-story-complete"));
        Assert.Empty(cut.FindAll("#missing-parts"));
        Assert.Empty(cut.FindAll("#override-reason"));
        Assert.All(cut.FindAll("#prompts li"), li => Assert.Contains("is-done", li.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public void AddingAFact_GoesThroughTheDomain_AndTheWholeStoryPanelChanges()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);
        Assert.Contains("the record", cut.Find("#whole-story").TextContent, StringComparison.Ordinal);

        cut.FillInARecord("Absence records", "Late six times in four weeks");
        cut.Find("#add-fact").Click();

        var fact = Assert.Single(@case.Facts);
        Assert.Equal(FactKind.Record, fact.Kind);
        Assert.Equal(new DateOnly(2026, 3, 10), fact.Date);
        cut.WaitForAssertion(() => Assert.Contains("Late six times in four weeks", cut.Find("#facts-list").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("the record", cut.Find("#whole-story").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAFactWithoutText_ShowsTheRefusal_AndRequiredMessages()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.Find("#fact-kind-Record").Click();
        cut.Find("#add-fact").Click();

        Assert.Empty(@case.Facts);
        Assert.Contains("Fill in every field.", cut.Find("#step-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("Fill in “From whom or what?”.", cut.Find("#fact-source").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AConversationWithAnEmployee_AsksWhoOnce_AndTheListNamesThemOnce()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.Find("#fact-kind-Conversation").Click();
        cut.Find($"#fact-with-{Jan}").Click();
        Assert.Empty(cut.FindAll("#fact-source"));
        cut.Find("#fact-text").Input("The bus changed");
        cut.Find("#add-fact").Click();

        var fact = Assert.Single(@case.Facts);
        Assert.Equal(Jan, fact.ConversationWithEmployeeId);
        Assert.Equal("Jan Smit", fact.Source);
        cut.WaitForAssertion(() => Assert.Single(System.Text.RegularExpressions.Regex.Matches(cut.Find("#fact-1").TextContent, "Jan Smit")));
    }

    [Fact]
    public void AConversationWithSomeoneElse_AsksWho()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.Find("#fact-kind-Conversation").Click();
        cut.Find("#fact-with-other").Click();
        cut.Find("#fact-source").Input("The team leader of the night shift");
        cut.Find("#fact-text").Input("Jan was on time all last month");
        cut.Find("#add-fact").Click();

        var fact = Assert.Single(@case.Facts);
        Assert.Null(fact.ConversationWithEmployeeId);
        Assert.Equal("The team leader of the night shift", fact.Source);
    }

    [Fact]
    public void TheFactForm_MarksEveryRequiredField_AndNamesTheFieldThatIsMissing()
    {
        var cut = RenderStep(InStep1());

        // MudBlazor draws the asterisk of a required field from this class.
        Assert.Contains("mud-input-required", cut.Find("#fact-source").Closest(".mud-input-control")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-input-required", cut.Find("#fact-text").Closest(".mud-input-control")!.ClassName, StringComparison.Ordinal);

        cut.Find("#fact-kind-Record").Click();
        cut.Find("#add-fact").Click();

        Assert.Contains("Fill in “From whom or what?”.", cut.Find("#fact-source").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fill in “The fact”.", cut.Find("#fact-text").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterASavedFact_NoDraftNoteStaysUnderTheFields()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.FillInARecord("Absence records", "Late six times in four weeks");
        Assert.NotEmpty(cut.FindAll(".jr-fact-form .jr-draft-note"));
        cut.Find("#add-fact").Click();

        Assert.Single(@case.Facts);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".jr-fact-form .jr-draft-note")));
        Assert.Equal("", cut.Find("#fact-text").GetAttribute("value") ?? "");
    }

    [Fact]
    public void MovingOnWithoutTheWholeStoryAndWithoutAReason_IsRefused_WithTheMissingParts()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.Find("#start-weighing").Click();

        Assert.Equal(CaseStep.Facts, @case.Step);
        var error = cut.Find("#step-error").TextContent;
        Assert.Contains("Be sure you have the whole story", error, StringComparison.Ordinal);
        Assert.Contains("a conversation with Jan Smit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MovingOnWithAReason_KeepsTheReason()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.Find("#override-reason").Input("Eva is on leave for three weeks");
        cut.Find("#start-weighing").Click();

        Assert.Equal(CaseStep.WeighAndDecide, @case.Step);
        Assert.Equal("Eva is on leave for three weeks", Assert.Single(@case.Overrides).Reason);
    }

    [Fact]
    public void AFact_CanBeCorrectedInPlace()
    {
        var @case = InStep1();
        @case.AddFact(FactKind.Record, "Absence records", new DateOnly(2026, 3, 2), "Late six times", Owner);
        var cut = RenderStep(@case);

        cut.Find("#edit-fact-1").Click();
        cut.Find("#edit-fact-text").Input("Late five times");
        cut.Find("#save-fact").Click();

        Assert.Equal("Late five times", @case.Facts[0].Text);
        Assert.Contains(@case.History, h => h.Event == CaseEvent.FactEdited && h.PreviousValue!.Contains("Late six times", StringComparison.Ordinal));
    }

    [Fact]
    public void ForAReader_NothingCanBeChanged()
    {
        var cut = RenderStep(InStep1(), canChange: false);

        Assert.Empty(cut.FindAll("#add-fact"));
        Assert.Empty(cut.FindAll("#start-weighing"));
        Assert.NotEmpty(cut.FindAll("#whole-story"));
    }

    [Fact]
    public void InDutch_TheCardAndTheMissingPartsAreDutch()
    {
        UseCulture("nl-NL");
        var cut = RenderStep(InStep1());

        Assert.Equal("1 Verzamel de feiten", cut.Find("#step-title").TextContent);
        AssertTexts(
            cut,
            ("#caution", "Zorg ervoor dat je het complete verhaal hebt"),
            ("#prompts", "Praat met Jan Smit"),
            ("#whole-story", "Ontbreekt nog"),
            ("#whole-story", "gesprek met Eva Bos"),
            ("#add-fact", "Feit toevoegen"));
    }

    private IRenderedComponent<FactsStep> RenderStep(JrCase @case, bool canChange = true) =>
        RenderPart<FactsStep>(@case, Owner, Today, canChange: canChange);
}
