namespace JrCasework.Domain.Tests.Cases;

/// <summary>Edits keep the previous version in the history, so nothing recorded is silently lost.</summary>
public sealed class EditHistoryTests
{
    [Fact]
    public void EditFact_PutsThePreviousVersionInTheHistory()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        var entry = CaseAssert.Allowed(@case,
            c => c.EditFact(1, FactKind.Record, "Time clock", new DateOnly(2026, 2, 28), "Late five times in February", CaseBuilder.Owner));

        Assert.Equal(CaseEvent.FactEdited, entry.Event);
        Assert.Equal("Fact 1", entry.Summary);
        Assert.Equal("Record | Time clock | 2026-02-27 | Late four times in February", entry.PreviousValue);
        Assert.Equal("Late five times in February", @case.Facts[0].Text);
        Assert.Equal(new DateOnly(2026, 2, 28), @case.Facts[0].Date);
    }

    [Fact]
    public void EditFact_WithAnUnknownNumber_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.UnknownItem, c => c.EditFact(99, FactKind.Record, "Time clock", CaseBuilder.Today, "Text", CaseBuilder.Owner));
    }

    [Fact]
    public void EditFact_WithoutText_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.TextRequired, c => c.EditFact(1, FactKind.Record, "Time clock", CaseBuilder.Today, " ", CaseBuilder.Owner));
    }

    [Fact]
    public void EditFact_AwayFromAConversation_ReopensThatPartOfTheWholeStory()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);
        var conversation = @case.Facts.Single(f => f.Kind == FactKind.Conversation);

        @case.EditFact(conversation.Number, FactKind.OpinionOrFeeling, "Anna", CaseBuilder.Today, "Feels picked on", CaseBuilder.Owner, CaseBuilder.AnnaId);

        Assert.Null(conversation.ConversationWithEmployeeId);
        Assert.Equal(new MissingPart(FactKind.Conversation, CaseBuilder.AnnaName), Assert.Single(@case.MissingParts()));
    }

    [Fact]
    public void ChangeObjective_PutsThePreviousObjectiveInTheHistory()
    {
        var @case = new CaseBuilder().WithObjective("Anna is on time.").InStep(CaseStep.WeighAndDecide);

        var entry = CaseAssert.Allowed(@case, c => c.ChangeObjective("Anna is on time and the team trusts the rota.", CaseBuilder.Owner));

        Assert.Equal(CaseEvent.ObjectiveChanged, entry.Event);
        Assert.Equal("Anna is on time.", entry.PreviousValue);
        Assert.Equal("Anna is on time and the team trusts the rota.", @case.Objective);
        Assert.Equal(CaseStep.WeighAndDecide, @case.Step);
    }

    [Fact]
    public void ChangeDetails_PutsThePreviousDetailsInTheHistory()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        var entry = CaseAssert.Allowed(@case, c => c.ChangeDetails(" Lateness ", 5, ProblemOrigin.SawItComing, CaseBuilder.Owner));

        Assert.Equal(CaseEvent.DetailsChanged, entry.Event);
        Assert.Equal("Late arrivals on the early shift | 3 | CameUp", entry.PreviousValue);
        Assert.Equal("Lateness", @case.Title);
        Assert.Equal(5, @case.CategoryId);
        Assert.Equal(ProblemOrigin.SawItComing, @case.Origin);
    }

    [Fact]
    public void EditPossibleAction_PutsThePreviousVersionInTheHistory()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        var entry = CaseAssert.Allowed(@case,
            c => c.EditPossibleAction(2, CaseBuilder.Weighed("Move Anna to the late shift") with { Group = new Weighing(Effect.Negative, "Gap in the late shift") }, CaseBuilder.Owner));

        Assert.Equal(CaseEvent.PossibleActionEdited, entry.Event);
        Assert.Equal("Possible action 2", entry.Summary);
        Assert.NotNull(entry.PreviousValue);
        Assert.StartsWith("Move Anna to the late shift | individual Positive Feels supported | group Neutral  |", entry.PreviousValue);
        Assert.Equal(Effect.Negative, @case.PossibleActions[1].EffectOnGroup);
    }

    [Fact]
    public void EditPossibleAction_WithAnUnknownNumber_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.UnknownItem, c => c.EditPossibleAction(7, CaseBuilder.Weighed("X"), CaseBuilder.Owner));
    }

    [Fact]
    public void PlanAction_Again_PutsThePreviousPlanInTheHistory_AndChangesTheSamePlan()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);
        var plan = @case.CurrentPlan!;

        var entry = CaseAssert.Allowed(@case,
            c => c.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.MyselfWithHelp, HelperName = "Sanne (HR)", When = "Tuesday" }, CaseBuilder.Owner));

        Assert.Equal(CaseEvent.ActionPlanned, entry.Event);
        Assert.Equal(
            "Myself |  |  | Monday 9:00, before the shift | Meeting room 2 | Told Anna what I decided and which facts led me there.",
            entry.PreviousValue);
        Assert.Same(plan, @case.CurrentPlan);
        Assert.Single(@case.ActionPlans);
        Assert.Equal("Tuesday", plan.When);
        Assert.Equal("Sanne (HR)", plan.HelperName);
    }
}
