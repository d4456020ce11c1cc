namespace JrCasework.Domain.Tests.Cases;

/// <summary>The UI asks the case whether it may move forward; the answer must match what the move does.</summary>
public sealed class CardBlockerTests
{
    private static readonly Dictionary<string, Func<CaseBuilder>> Builders = new()
    {
        ["complete"] = () => new CaseBuilder(),
        ["no objective"] = () => new CaseBuilder().WithoutObjective(),
        ["no record"] = () => new CaseBuilder().WithoutFact(FactKind.Record),
        ["no conversation with Bram"] = () => new CaseBuilder().WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName).WithoutConversationWith(CaseBuilder.BramId),
        ["one possible action"] = () => new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Warning")),
        ["unweighed action"] = () => new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Coach"), CaseBuilder.Weighed("Warning") with { PolicyChecked = false }),
        ["no plan"] = () => new CaseBuilder().WithoutPlan(),
        ["no timing"] = () => new CaseBuilder().WithPlan(CaseBuilder.CompletePlan with { When = null }),
        ["no explanation"] = () => new CaseBuilder().WithPlan(CaseBuilder.CompletePlan with { ExplanationToEmployee = "" }),
        ["no follow-up"] = () => new CaseBuilder().WithoutFollowUp(),
    };

    private static readonly Dictionary<CaseStep, Action<JrCase>> Forward = new()
    {
        [CaseStep.Objective] = c => c.StartGettingFacts(CaseBuilder.Owner),
        [CaseStep.Facts] = c => c.StartWeighing(CaseBuilder.Owner),
        [CaseStep.WeighAndDecide] = c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner),
        [CaseStep.TakeAction] = c => c.StartCheckingResults(CaseBuilder.Owner),
        [CaseStep.CheckResults] = c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner),
    };

    public static TheoryData<string, CaseStep, CaseRule?> Situations() => new()
    {
        { "complete", CaseStep.Objective, null },
        { "complete", CaseStep.Facts, null },
        { "complete", CaseStep.WeighAndDecide, null },
        { "complete", CaseStep.TakeAction, null },
        { "complete", CaseStep.CheckResults, null },
        { "no objective", CaseStep.Objective, CaseRule.ObjectiveRequired },
        { "no record", CaseStep.Facts, CaseRule.WholeStoryIncomplete },
        { "no conversation with Bram", CaseStep.Facts, CaseRule.WholeStoryIncomplete },
        { "one possible action", CaseStep.WeighAndDecide, CaseRule.TwoPossibleActionsRequired },
        { "unweighed action", CaseStep.WeighAndDecide, CaseRule.PossibleActionNotWeighed },
        { "no plan", CaseStep.TakeAction, CaseRule.HandlingIncomplete },
        { "no timing", CaseStep.TakeAction, CaseRule.TimingRequired },
        { "no explanation", CaseStep.TakeAction, CaseRule.ExplanationRequired },
        { "no follow-up", CaseStep.CheckResults, CaseRule.FollowUpRequired },
    };

    [Theory]
    [MemberData(nameof(Situations))]
    public void Blocker_IsNullWhenTheMoveIsAllowed_AndTheRuleOtherwise(string situation, CaseStep step, CaseRule? expected)
    {
        var @case = Builders[situation]().InStep(step);

        var reason = @case.Card().Blocker;

        Assert.Equal(expected, reason?.Rule);
        if (expected is { } rule)
        {
            CaseAssert.Refused(@case, rule, Forward[step]);
        }
        else
        {
            CaseAssert.Allowed(@case, Forward[step]);
        }
    }

    [Fact]
    public void Blocker_InFacts_ListsTheMissingParts()
    {
        var @case = new CaseBuilder().WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName)
            .WithoutConversationWith(CaseBuilder.BramId).WithoutFact(FactKind.RulesAndCustoms).InStep(CaseStep.Facts);

        var reason = @case.Card().Blocker;

        Assert.Equal(["RulesAndCustoms", $"Conversation with {CaseBuilder.BramName}"], reason!.Details);
    }
}
