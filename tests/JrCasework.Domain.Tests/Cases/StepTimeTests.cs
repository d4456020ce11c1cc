namespace JrCasework.Domain.Tests.Cases;

public sealed class StepTimeTests
{
    private static readonly DateTime Opened = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheTimeInEachStep_IsAddedUpEachTimeTheCaseLeavesIt_ReturnsIncluded()
    {
        var @case = JrCase.Open(2026, 1, "Late arrivals", 1, ProblemOrigin.CameUp, "Jan is on time again", [(1, "Jan Smit")], "sanne", 1, new Actor("sanne", Opened));

        @case.StartGettingFacts(new Actor("sanne", Opened.AddDays(2)));
        @case.ReturnToStep(CaseStep.Objective, new Actor("sanne", Opened.AddDays(3)), "Objective too vague");
        @case.StartGettingFacts(new Actor("sanne", Opened.AddDays(3.5)));

        var days = @case.StepTimes.ToDictionary(t => t.Step, t => t.Days);
        Assert.Equal(2.5, days[CaseStep.Objective], precision: 6);
        Assert.Equal(1.0, days[CaseStep.Facts], precision: 6);
        Assert.Equal(2, days.Count);
    }
}
