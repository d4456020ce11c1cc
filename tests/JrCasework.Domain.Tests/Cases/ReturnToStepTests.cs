namespace JrCasework.Domain.Tests.Cases;

public sealed class ReturnToStepTests
{
    /// <summary>Every move from an open step to an earlier one.</summary>
    public static TheoryData<CaseStep, CaseStep> EarlierSteps() => Moves((from, to) => to < from);

    [Theory]
    [MemberData(nameof(EarlierSteps))]
    public void ReturnToStep_Earlier_IsAllowed_AndRecordedWithFromAndTo(CaseStep from, CaseStep to)
    {
        var @case = new CaseBuilder().InStep(from);
        var before = CaseSnapshot.Of(@case);

        var entry = CaseAssert.Allowed(@case, c => c.ReturnToStep(to, CaseBuilder.Owner, " Talk to the team lead first "));

        Assert.Equal(to, @case.Step);
        Assert.Equal(CaseBuilder.Now, @case.StepEnteredAtUtc);
        Assert.Equal(CaseEvent.ReturnedToStep, entry.Event);
        Assert.Equal(from, entry.FromStep);
        Assert.Equal(to, entry.ToStep);
        Assert.Equal("Talk to the team lead first", entry.Summary);
        Assert.Equal(
            before with { Step = to, HistoryCount = before.HistoryCount + 1, Version = @case.Version, LastChangedAtUtc = CaseBuilder.Now },
            CaseSnapshot.Of(@case));
    }

    /// <summary>Every "move" from an open step to itself or a later one.</summary>
    public static TheoryData<CaseStep, CaseStep> SameOrLaterSteps() => Moves((from, to) => to >= from);

    [Theory]
    [MemberData(nameof(SameOrLaterSteps))]
    public void ReturnToStep_TheSameOrALaterStep_IsRefused(CaseStep from, CaseStep to)
    {
        var @case = new CaseBuilder().InStep(from);

        CaseAssert.Refused(@case, CaseRule.OnlyBackwards, c => c.ReturnToStep(to, CaseBuilder.Owner));
    }

    [Fact]
    public void AfterGoingBack_TheForwardMovesCheckAgain()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);
        @case.ReturnToStep(CaseStep.WeighAndDecide, CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.NotInThisStep, c => c.StartCheckingResults(CaseBuilder.Owner));
        CaseAssert.Refused(@case, CaseRule.RationaleRequired, c => c.Decide([1], " ", CaseBuilder.Owner));
        @case.Decide([2], "Second thoughts: the late shift", CaseBuilder.Owner);

        Assert.Equal(CaseStep.TakeAction, @case.Step);
        Assert.Equal(2, @case.Decisions.Count);
        Assert.Equal([2], @case.CurrentDecision!.ChosenActionNumbers);
        Assert.Single(@case.ActionPlans);
    }

    /// <summary>The pairs (from, to) of an open step and any step that <paramref name="include"/> accepts.</summary>
    private static TheoryData<CaseStep, CaseStep> Moves(Func<CaseStep, CaseStep, bool> include)
    {
        var data = new TheoryData<CaseStep, CaseStep>();
        foreach (var from in Enum.GetValues<CaseStep>().Where(s => s != CaseStep.Closed))
        {
            foreach (var to in Enum.GetValues<CaseStep>().Where(to => include(from, to)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }
}
