namespace JrCasework.Domain.Tests.Cases;

public sealed class LegalHoldTests
{
    private static readonly Actor Hr = new("hr-1", CaseBuilder.Now.AddDays(1));

    [Theory]
    [InlineData(CaseStep.Objective)]
    [InlineData(CaseStep.CheckResults)]
    [InlineData(CaseStep.Closed)]
    public void AHold_MayBePlacedAtAnyStep_WithItsReason_AndTheHistoryKeepsIt(CaseStep step)
    {
        var @case = new CaseBuilder().InStep(step);
        var version = @case.Version;

        @case.PlaceHold("  Claim filed at the labour court  ", Hr);

        Assert.True(@case.IsOnHold);
        Assert.Equal(("Claim filed at the labour court", Hr.AtUtc, "hr-1"), (@case.HoldReason, @case.HoldSinceUtc!.Value, @case.HoldByUserId));
        var entry = @case.History[^1];
        Assert.Equal((CaseEvent.HoldPlaced, "Claim filed at the labour court", "hr-1"), (entry.Event, entry.Summary, entry.ByUserId));
        Assert.NotEqual(version, @case.Version);
        Assert.Equal(step, @case.Step);
    }

    [Fact]
    public void Lifting_NeedsItsOwnReason_AndTheHistoryKeepsBoth()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);
        @case.PlaceHold("Claim filed", Hr);

        @case.LiftHold("Claim settled", Hr with { AtUtc = Hr.AtUtc.AddDays(30) });

        Assert.False(@case.IsOnHold);
        Assert.Null(@case.HoldReason);
        var entry = @case.History[^1];
        Assert.Equal((CaseEvent.HoldLifted, "Claim settled", "Claim filed"), (entry.Event, entry.Summary, entry.PreviousValue));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WithoutAReason_NothingChanges(string? reason)
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);
        var entries = @case.History.Count;

        var refusal = Assert.Throws<CaseRuleException>(() => @case.PlaceHold(reason!, Hr));

        Assert.Equal(CaseRule.HoldReasonRequired, refusal.Rule);
        Assert.False(@case.IsOnHold);
        Assert.Equal(entries, @case.History.Count);
    }

    [Fact]
    public void AHoldIsPlacedOnce_AndLiftedOnlyWhenThere()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);

        Assert.Equal(CaseRule.NotOnHold, Assert.Throws<CaseRuleException>(() => @case.LiftHold("No reason to hold", Hr)).Rule);
        @case.PlaceHold("Claim filed", Hr);
        Assert.Equal(CaseRule.AlreadyOnHold, Assert.Throws<CaseRuleException>(() => @case.PlaceHold("Again", Hr)).Rule);
        Assert.Equal("Claim filed", @case.HoldReason);
    }

    [Fact]
    public void AReasonLongerThanAShortText_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);

        var refusal = Assert.Throws<CaseRuleException>(() => @case.PlaceHold(new string('x', TextLimit.Short + 1), Hr));

        Assert.Equal(CaseRule.TextTooLong, refusal.Rule);
    }
}
