namespace JrCasework.Domain.Tests.Cases;

public sealed class WholeStoryTests
{
    private const string Reason = "Bram is on leave for a month; the rota cannot wait.";

    [Fact]
    public void StartWeighing_WithNoFacts_IsRefused_ListingEveryMissingPart()
    {
        var @case = new CaseBuilder()
            .WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName)
            .WithoutFact(FactKind.Record).WithoutFact(FactKind.RulesAndCustoms)
            .WithoutFact(FactKind.Conversation).WithoutFact(FactKind.OpinionOrFeeling)
            .InStep(CaseStep.Facts);

        var refusal = CaseAssert.Refused(@case, CaseRule.WholeStoryIncomplete, c => c.StartWeighing(CaseBuilder.Owner));

        Assert.Equal(
            ["Record", "RulesAndCustoms", $"Conversation with {CaseBuilder.AnnaName}", $"Conversation with {CaseBuilder.BramName}", "OpinionOrFeeling"],
            refusal.Details);
    }

    [Fact]
    public void StartWeighing_WithoutAConversationWithOneEmployee_IsRefused_NamingThatEmployee()
    {
        var @case = new CaseBuilder()
            .WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName)
            .WithoutConversationWith(CaseBuilder.BramId)
            .InStep(CaseStep.Facts);

        var refusal = CaseAssert.Refused(@case, CaseRule.WholeStoryIncomplete, c => c.StartWeighing(CaseBuilder.Owner));

        Assert.Equal([$"Conversation with {CaseBuilder.BramName}"], refusal.Details);
        Assert.Contains(CaseBuilder.BramName, refusal.Message);
        Assert.Equal(new MissingPart(FactKind.Conversation, CaseBuilder.BramName), Assert.Single(@case.MissingParts()));
    }

    [Theory]
    [InlineData(FactKind.Record)]
    [InlineData(FactKind.RulesAndCustoms)]
    [InlineData(FactKind.OpinionOrFeeling)]
    public void StartWeighing_WithOneKindOfFactMissing_IsRefused_ListingThatKind(FactKind missing)
    {
        var @case = new CaseBuilder().WithoutFact(missing).InStep(CaseStep.Facts);

        var refusal = CaseAssert.Refused(@case, CaseRule.WholeStoryIncomplete, c => c.StartWeighing(CaseBuilder.Owner));

        Assert.Equal([missing.ToString()], refusal.Details);
    }

    [Fact]
    public void AConversationWithSomeoneElse_DoesNotCountAsTheConversationWithTheEmployee()
    {
        var @case = new CaseBuilder().WithoutFact(FactKind.Conversation).InStep(CaseStep.Facts);

        @case.AddFact(FactKind.Conversation, "Colleague Jan", CaseBuilder.Today, "Saw her run for the bus", CaseBuilder.Owner);

        Assert.Equal(new MissingPart(FactKind.Conversation, CaseBuilder.AnnaName), Assert.Single(@case.MissingParts()));
    }

    [Fact]
    public void AddFact_ConversationWithAnEmployeeOutsideTheCase_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.UnknownItem,
            c => c.AddFact(FactKind.Conversation, "Piet", CaseBuilder.Today, "Talked", CaseBuilder.Owner, conversationWithEmployeeId: 999));
    }

    [Theory]
    [InlineData("", "Text")]
    [InlineData("Source", " ")]
    public void AddFact_WithoutSourceOrText_IsRefused(string source, string text)
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.TextRequired, c => c.AddFact(FactKind.Record, source, CaseBuilder.Today, text, CaseBuilder.Owner));
    }

    [Fact]
    public void AddFact_NumbersFactsWithinTheCase_AndKeepsTheLoop()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);
        var count = @case.Facts.Count;

        var fact = @case.AddFact(FactKind.OpinionOrFeeling, " Anna ", CaseBuilder.Today, " Feels watched ", CaseBuilder.Owner);

        Assert.Equal(count + 1, fact.Number);
        Assert.Equal(1, fact.Loop);
        Assert.Equal("Anna", fact.Source);
        Assert.Equal("Feels watched", fact.Text);
        Assert.Equal(CaseEvent.FactAdded, @case.History[^1].Event);
    }

    [Fact]
    public void StartWeighing_WithMissingPartsAndAReason_Moves_AndKeepsTheReasonWithWhatWasMissing()
    {
        var @case = new CaseBuilder()
            .WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName)
            .WithoutConversationWith(CaseBuilder.BramId)
            .WithoutFact(FactKind.OpinionOrFeeling)
            .InStep(CaseStep.Facts);

        var entry = CaseAssert.Allowed(@case, c => c.StartWeighing(CaseBuilder.Owner, $"  {Reason}  "));

        Assert.Equal(CaseStep.WeighAndDecide, @case.Step);
        var stepOverride = Assert.Single(@case.Overrides);
        Assert.Equal(Reason, stepOverride.Reason);
        Assert.Equal($"Conversation with {CaseBuilder.BramName}; OpinionOrFeeling", stepOverride.Missing);
        Assert.Equal(CaseStep.Facts, stepOverride.FromStep);
        Assert.Equal(1, stepOverride.Loop);
        Assert.Equal(CaseBuilder.Now, stepOverride.AtUtc);
        Assert.Equal(CaseStep.Facts, entry.FromStep);
        Assert.Equal(CaseStep.WeighAndDecide, entry.ToStep);
        Assert.Equal(Reason, entry.Summary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void StartWeighing_WithMissingPartsAndABlankReason_IsRefused(string reason)
    {
        var @case = new CaseBuilder().WithoutFact(FactKind.Record).InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.WholeStoryIncomplete, c => c.StartWeighing(CaseBuilder.Owner, reason));
    }

    [Fact]
    public void StartWeighing_WithTheWholeStory_MovesWithoutAnOverride()
    {
        var @case = new CaseBuilder().WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName).InStep(CaseStep.Facts);

        Assert.Empty(@case.MissingParts());
        CaseAssert.Allowed(@case, c => c.StartWeighing(CaseBuilder.Owner));

        Assert.Equal(CaseStep.WeighAndDecide, @case.Step);
        Assert.Empty(@case.Overrides);
    }
}
