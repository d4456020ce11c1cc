namespace JrCasework.Domain.Tests.Cases;

/// <summary>Every move tried in every step: allowed moves are recorded, refused moves change nothing.</summary>
public sealed class StepMoveTableTests
{
    private static readonly (string Name, Action<JrCase> Apply)[] Moves =
    [
        ("StartGettingFacts", c => c.StartGettingFacts(CaseBuilder.Owner)),
        ("AddFact", c => c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late again on Monday", CaseBuilder.Owner)),
        ("StartWeighing", c => c.StartWeighing(CaseBuilder.Owner)),
        ("AddPossibleAction", c => c.AddPossibleAction(CaseBuilder.Weighed("Formal warning"), CaseBuilder.Owner)),
        ("Decide", c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner)),
        ("PlanAction", c => c.PlanAction(CaseBuilder.CompletePlan, CaseBuilder.Owner)),
        ("AddActionItem", c => c.AddActionItem("Buy a season ticket", "Anna", CaseBuilder.Today.AddDays(3), CaseBuilder.Owner)),
        ("StartCheckingResults", c => c.StartCheckingResults(CaseBuilder.Owner)),
        ("ScheduleFollowUps", c => c.ScheduleFollowUps(CaseBuilder.Today.AddDays(14), null, CaseBuilder.Owner)),
        ("RecordCheck", c => c.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner)),
        ("Close", c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner)),
        ("StartNewLoop", c => c.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.Partly), CaseBuilder.Owner)),
        ("ReturnToStep", c => c.ReturnToStep(CaseStep.Objective, CaseBuilder.Owner, "Sharpen the objective")),
        ("ChangeObjective", c => c.ChangeObjective("Anna is on time and says the rota works for her.", CaseBuilder.Owner)),
    ];

    // null: allowed. Follow-ups are scheduled by the builder in step 4 only, so RecordCheck(1)
    // finds no follow-up before that.
    private static readonly Dictionary<CaseStep, CaseRule?[]> Expected = new()
    {
        // Columns in the order of Moves: StartGettingFacts, AddFact, StartWeighing, AddPossibleAction, Decide,
        // PlanAction, AddActionItem, StartCheckingResults, ScheduleFollowUps, RecordCheck, Close, StartNewLoop,
        // ReturnToStep, ChangeObjective.
        [CaseStep.Objective] = [null, CaseRule.ObjectiveRequired, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.UnknownItem, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.OnlyBackwards, null],
        [CaseStep.Facts] = [CaseRule.NotInThisStep, null, null, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.UnknownItem, CaseRule.NotInThisStep, CaseRule.NotInThisStep, null, null],
        [CaseStep.WeighAndDecide] = [CaseRule.NotInThisStep, null, CaseRule.NotInThisStep, null, null, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.NotInThisStep, CaseRule.UnknownItem, CaseRule.NotInThisStep, CaseRule.NotInThisStep, null, null],
        [CaseStep.TakeAction] = [CaseRule.NotInThisStep, null, CaseRule.NotInThisStep, null, CaseRule.NotInThisStep, null, null, null, null, CaseRule.UnknownItem, CaseRule.NotInThisStep, CaseRule.NotInThisStep, null, null],
        [CaseStep.CheckResults] = [CaseRule.NotInThisStep, null, CaseRule.NotInThisStep, null, CaseRule.NotInThisStep, null, null, CaseRule.NotInThisStep, null, null, null, null, null, null],
        [CaseStep.Closed] = [.. Enumerable.Repeat<CaseRule?>(CaseRule.CaseIsClosed, 14)],
    };

    private static Action<JrCase> Apply(string move) => Moves.Single(m => m.Name == move).Apply;

    public static TheoryData<CaseStep, string, CaseRule?> StepsAndMoves()
    {
        var data = new TheoryData<CaseStep, string, CaseRule?>();
        foreach (var step in Enum.GetValues<CaseStep>())
        {
            for (var i = 0; i < Moves.Length; i++)
            {
                data.Add(step, Moves[i].Name, Expected[step][i]);
            }
        }

        return data;
    }

    [Fact]
    public void Table_CoversEveryStepAndEveryMove()
    {
        Assert.Equal(Enum.GetValues<CaseStep>().Length, Expected.Count);
        Assert.All(Expected.Values, row => Assert.Equal(Moves.Length, row.Length));
        Assert.Equal(Enum.GetValues<CaseStep>().Length * 14, StepsAndMoves().Count);
    }

    [Theory]
    [MemberData(nameof(StepsAndMoves))]
    public void Move_InStep_IsAllowedAndRecorded_OrRefusedWithoutChange(CaseStep step, string move, CaseRule? refusedFor)
    {
        var @case = new CaseBuilder().InStep(step);
        Assert.Equal(step, @case.Step);

        if (refusedFor is { } rule)
        {
            CaseAssert.Refused(@case, rule, Apply(move));
        }
        else
        {
            var entry = CaseAssert.Allowed(@case, Apply(move));
            Assert.Equal(CaseBuilder.OwnerId, entry.ByUserId);
            Assert.Equal(CaseBuilder.Now, entry.AtUtc);
            Assert.Equal(CaseBuilder.Now, @case.LastChangedAtUtc);
        }
    }
}
