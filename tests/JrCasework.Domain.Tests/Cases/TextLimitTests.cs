namespace JrCasework.Domain.Tests.Cases;

/// <summary>
/// Every text a case accepts has a length the case keeps and refuses control characters, whatever the browser
/// let through: a script talking to the server directly must meet the same rules as the form.
/// </summary>
public sealed class TextLimitTests
{
    /// <summary>Each way text enters a case, with the step it is typed in and the field's limit.</summary>
    public static TheoryData<string, CaseStep, int> Fields => new()
    {
        { "title", CaseStep.Facts, TextLimit.Name },
        { "objective", CaseStep.Facts, TextLimit.Long },
        { "fact source", CaseStep.Facts, TextLimit.Name },
        { "fact text", CaseStep.Facts, TextLimit.Long },
        { "edited fact text", CaseStep.Facts, TextLimit.Long },
        { "reason despite missing parts", CaseStep.Facts, TextLimit.Long },
        { "possible action", CaseStep.WeighAndDecide, TextLimit.Description },
        { "weighing note", CaseStep.WeighAndDecide, TextLimit.Short },
        { "policy note", CaseStep.WeighAndDecide, TextLimit.Short },
        { "rationale", CaseStep.WeighAndDecide, TextLimit.Long },
        { "helper", CaseStep.TakeAction, TextLimit.Name },
        { "when", CaseStep.TakeAction, TextLimit.Name },
        { "where", CaseStep.TakeAction, TextLimit.Name },
        { "explanation", CaseStep.TakeAction, TextLimit.Long },
        { "action item", CaseStep.TakeAction, TextLimit.Short },
        { "action item owner", CaseStep.TakeAction, TextLimit.Name },
        { "observation", CaseStep.CheckResults, TextLimit.Long },
        { "reschedule reason", CaseStep.CheckResults, TextLimit.Short },
        { "cancel reason", CaseStep.CheckResults, TextLimit.Short },
        { "how it helped", CaseStep.CheckResults, TextLimit.Long },
        { "lessons", CaseStep.CheckResults, TextLimit.Long },
        { "close anyway reason", CaseStep.CheckResults, TextLimit.Long },
        { "return reason", CaseStep.TakeAction, TextLimit.Short },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void ATextOneCharacterTooLong_IsRefusedAndChangesNothing(string field, CaseStep step, int limit)
    {
        var @case = Build(field, step);

        var refusal = CaseAssert.Refused(@case, CaseRule.TextTooLong, c => Type(c, field, new string('x', limit + 1)));

        Assert.Equal([limit.ToString(System.Globalization.CultureInfo.InvariantCulture)], refusal.Details);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void ATextOfExactlyTheLimit_IsKept(string field, CaseStep step, int limit)
    {
        var @case = Build(field, step);

        CaseAssert.Allowed(@case, c => Type(c, field, new string('x', limit)));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void ATextWithANulCharacter_IsRefusedAndChangesNothing(string field, CaseStep step, int _)
    {
        var @case = Build(field, step);

        CaseAssert.Refused(@case, CaseRule.TextUnusableCharacter, c => Type(c, field, "Late\0 again"));
    }

    [Theory]
    [InlineData("Line one\nline two\r\nline three\tend", TextProblem.None)]
    [InlineData("Ontmoeting met de ploegleider 👍 ok", TextProblem.None)]
    [InlineData("Bell\a", TextProblem.UnusableCharacter)]
    [InlineData("Escape\u001b[31m", TextProblem.UnusableCharacter)]
    [InlineData("C1 \u0085 control", TextProblem.UnusableCharacter)]
    public void Check_TellsWhichCharactersAreKept(string text, TextProblem expected) =>
        Assert.Equal(expected, TextLimit.Check(text, TextLimit.Long));

    // Built here, not in InlineData: the test runner's serialisation would replace half a surrogate pair.
    [Fact]
    public void Check_RefusesHalfASurrogatePair()
    {
        Assert.Equal(TextProblem.UnusableCharacter, TextLimit.Check("Half a pair " + '\ud83d' + " here", TextLimit.Long));
        Assert.Equal(TextProblem.UnusableCharacter, TextLimit.Check("Reversed " + '\udc4d' + '\ud83d', TextLimit.Long));
        Assert.Equal(TextProblem.None, TextLimit.Check("Whole pair " + '\ud83d' + '\udc4d', TextLimit.Long));
    }

    // Built here: \v, \f and U+0085 count as white space, which the length leaves out but the character check must not.
    [Fact]
    public void Check_RefusesAControlCharacter_AtEitherEnd_EvenOneThatCountsAsWhiteSpace()
    {
        Assert.Equal(TextProblem.UnusableCharacter, TextLimit.Check("Late again" + '\v', TextLimit.Long));
        Assert.Equal(TextProblem.UnusableCharacter, TextLimit.Check('\u0085' + "Late again", TextLimit.Long));
        Assert.Equal(TextProblem.UnusableCharacter, TextLimit.Check("\fLate again", TextLimit.Long));
    }

    [Fact]
    public void WithoutUnusableCharacters_KeepsEverythingElse() =>
        Assert.Equal("Odd Browser/1.0 \ud83d\udc4d\tx\n", TextLimit.WithoutUnusableCharacters("Odd\u001b Browser/1.0\0 \ud83d\udc4d\tx\n" + '\udc4d'));

    [Fact]
    public void Check_CountsTheTextAsKept_WithoutTheSpacesAround() =>
        Assert.Equal(TextProblem.None, TextLimit.Check("   " + new string('x', TextLimit.Name) + "  \n", TextLimit.Name));

    [Fact]
    public void Open_WithATenThousandCharacterTitle_IsRefused()
    {
        var refusal = Assert.Throws<CaseRuleException>(() => JrCase.Open(
            2026, 1, new string('t', 10_073), 1, ProblemOrigin.CameUp, null, [(CaseBuilder.AnnaId, CaseBuilder.AnnaName)], CaseBuilder.OwnerId, 1, CaseBuilder.Owner));

        Assert.Equal(CaseRule.TextTooLong, refusal.Rule);
    }

    [Fact]
    public void Open_WithANulInTheObjective_IsRefused()
    {
        var refusal = Assert.Throws<CaseRuleException>(() => JrCase.Open(
            2026, 1, "Late arrivals", 1, ProblemOrigin.CameUp, "On time\0", [(CaseBuilder.AnnaId, CaseBuilder.AnnaName)], CaseBuilder.OwnerId, 1, CaseBuilder.Owner));

        Assert.Equal(CaseRule.TextUnusableCharacter, refusal.Rule);
    }

    private static JrCase Build(string field, CaseStep step) => field switch
    {
        "reason despite missing parts" => new CaseBuilder().WithoutFact(FactKind.OpinionOrFeeling).InStep(step),
        _ => new CaseBuilder().InStep(step),
    };

    private static void Type(JrCase c, string field, string text)
    {
        var by = CaseBuilder.Owner;
        var plan = CaseBuilder.CompletePlan;
        var weighed = CaseBuilder.Weighed("Coach Anna");
        switch (field)
        {
            case "title": c.ChangeDetails(text, c.CategoryId, c.Origin, by); break;
            case "objective": c.ChangeObjective(text, by); break;
            case "fact source": c.AddFact(FactKind.Record, text, CaseBuilder.Today, "Late three times", by); break;
            case "fact text": c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, text, by); break;
            case "edited fact text": c.EditFact(c.Facts[0].Number, c.Facts[0].Kind, c.Facts[0].Source, c.Facts[0].Date, text, by); break;
            case "reason despite missing parts": c.StartWeighing(by, text); break;
            case "possible action": c.AddPossibleAction(weighed with { Description = text }, by); break;
            case "weighing note": c.AddPossibleAction(weighed with { Group = new Weighing(Effect.Neutral, text) }, by); break;
            case "policy note": c.EditPossibleAction(c.PossibleActions[0].Number, weighed with { PolicyNote = text }, by); break;
            case "rationale": c.Decide([c.PossibleActions[0].Number], text, by); break;
            case "helper": c.PlanAction(plan with { Handling = Handling.MyselfWithHelp, HelperName = text }, by); break;
            case "when": c.PlanAction(plan with { When = text }, by); break;
            case "where": c.PlanAction(plan with { Where = text }, by); break;
            case "explanation": c.PlanAction(plan with { ExplanationToEmployee = text }, by); break;
            case "action item": c.AddActionItem(text, "Ria", CaseBuilder.FirstCheck, by); break;
            case "action item owner": c.AddActionItem("Change the roster", text, CaseBuilder.FirstCheck, by); break;
            case "observation": c.RecordCheck(c.FollowUps[0].Number, CaseBuilder.Observation with { Note = text }, by); break;
            case "reschedule reason": c.RescheduleFollowUp(c.FollowUps[0].Number, CaseBuilder.FirstCheck.AddDays(7), text, by); break;
            case "cancel reason": c.CancelFollowUp(c.FollowUps[0].Number, text, by); break;
            case "how it helped": c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes) with { HowItHelped = text }, by); break;
            case "lessons": c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes) with { LessonsLearned = text }, by); break;
            case "close anyway reason": c.Close(CaseBuilder.Outcome(ObjectiveMet.No), by, text); break;
            case "return reason": c.ReturnToStep(CaseStep.Facts, by, text); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No such field in this table.");
        }
    }
}
