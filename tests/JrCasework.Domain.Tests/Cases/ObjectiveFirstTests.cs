namespace JrCasework.Domain.Tests.Cases;

public sealed class ObjectiveFirstTests
{
    [Fact]
    public void Open_StartsInTheObjectiveStep_AndRecordsTheOpening()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Objective);

        Assert.Equal(CaseStep.Objective, @case.Step);
        Assert.Equal(1, @case.Loop);
        Assert.Equal("JR-2026-0042", @case.Reference);
        var opened = Assert.Single(@case.History);
        Assert.Equal(CaseEvent.Opened, opened.Event);
        Assert.NotEqual(Guid.Empty, @case.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void StartGettingFacts_WithoutAnObjective_IsRefused(string? objective)
    {
        var @case = new CaseBuilder().WithObjective(objective!).InStep(CaseStep.Objective);

        CaseAssert.Refused(@case, CaseRule.ObjectiveRequired, c => c.StartGettingFacts(CaseBuilder.Owner));
    }

    [Fact]
    public void AddFact_BeforeTheObjectiveStepIsLeft_IsRefused()
    {
        var @case = new CaseBuilder().WithoutObjective().InStep(CaseStep.Objective);

        CaseAssert.Refused(@case, CaseRule.ObjectiveRequired,
            c => c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late twice", CaseBuilder.Owner));
        Assert.Empty(@case.Facts);
    }

    [Fact]
    public void StartGettingFacts_AfterTheDraftObjectiveIsWritten_MovesToFacts()
    {
        var @case = new CaseBuilder().WithoutObjective().InStep(CaseStep.Objective);

        @case.ChangeObjective("  Anna is on time again.  ", CaseBuilder.Owner);
        var entry = CaseAssert.Allowed(@case, c => c.StartGettingFacts(CaseBuilder.Owner));

        Assert.Equal("Anna is on time again.", @case.Objective);
        Assert.Equal(CaseStep.Facts, @case.Step);
        Assert.Equal(CaseEvent.MovedForward, entry.Event);
        Assert.Equal(CaseStep.Objective, entry.FromStep);
        Assert.Equal(CaseStep.Facts, entry.ToStep);
        Assert.Equal(CaseBuilder.Now, @case.StepEnteredAtUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ChangeObjective_ToNothing_IsRefused(string objective)
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.ObjectiveRequired, c => c.ChangeObjective(objective, CaseBuilder.Owner));
    }

    [Fact]
    public void Open_WithoutATitle_IsRefused() =>
        Assert.Equal(CaseRule.TitleRequired, Assert.Throws<CaseRuleException>(() => JrCase.Open(
            2026, 1, " ", 1, ProblemOrigin.SawItComing, "Objective", [(1, "Anna")], CaseBuilder.OwnerId, 1, CaseBuilder.Owner)).Rule);

    [Fact]
    public void Open_WithoutAnEmployee_IsRefused() =>
        Assert.Equal(CaseRule.EmployeeRequired, Assert.Throws<CaseRuleException>(() => JrCase.Open(
            2026, 1, "Late", 1, ProblemOrigin.SawItComing, "Objective", [], CaseBuilder.OwnerId, 1, CaseBuilder.Owner)).Rule);
}
