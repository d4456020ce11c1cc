namespace JrCasework.Domain.Cases;

/// <summary>
/// The Job Relations card as one table: per step, the card's prompts with what makes each one done, whether its
/// caution applies, and the guards of the move out of the step. <see cref="JrCase"/>'s forward moves throw the
/// first guard that fails, and the UI renders <see cref="StepAnswer"/>; neither restates a rule.
/// </summary>
public static class JrCard
{
    private static readonly IReadOnlyDictionary<CaseStep, StepRules> Steps = new Dictionary<CaseStep, StepRules>
    {
        [CaseStep.Objective] = new(
            [new(CardPrompt.WriteObjective, HasObjective)],
            [new(CaseRule.ObjectiveRequired, HasObjective,
                _ => "Determine the objective first: what do you want to achieve for the individual, the group and production?")]),

        // Be sure you have the whole story: the record, rules and customs, a talk with each employee, opinions and feelings.
        [CaseStep.Facts] = new(
            [
                FactLine(CardPrompt.ReviewRecord, FactKind.Record),
                FactLine(CardPrompt.FindRulesAndCustoms, FactKind.RulesAndCustoms),
                new(CardPrompt.TalkWithEmployee, null, Cautions: true, Covers: FactKind.Conversation,
                    PerEmployee: (c, e) => c.Facts.Any(f => f.Kind == FactKind.Conversation && f.ConversationWithEmployeeId == e.EmployeeId)),
                FactLine(CardPrompt.GetOpinionsAndFeelings, FactKind.OpinionOrFeeling),
            ],
            [new(CaseRule.WholeStoryIncomplete, c => MissingParts(c).Count == 0,
                c => $"Be sure you have the whole story. Still missing: {string.Join(", ", Missing(c))}. Add these facts, or write why you go on without them.",
                Missing)]),

        // Don't jump to conclusions: two or more possible actions, each weighed and checked against policy.
        [CaseStep.WeighAndDecide] = new(
            [
                new(CardPrompt.FitFactsTogether, c => c.Facts.Count > 0),
                new(CardPrompt.ConsiderPossibleActions, HasTwoPossibleActions, Cautions: true),
                new(CardPrompt.CheckPracticesAndPolicies, c => c.PossibleActions.Count > 0 && c.PossibleActions.All(a => a.PolicyChecked), Cautions: true),
                new(CardPrompt.ConsiderEffects, c => c.PossibleActions.Count > 0 && c.PossibleActions.All(a => a.IsEffectWeighed), Cautions: true),
            ],
            [
                new(CaseRule.TwoPossibleActionsRequired, HasTwoPossibleActions,
                    c => $"Don't jump to conclusions: consider at least two possible actions before deciding ({c.PossibleActions.Count} so far)."),
                new(CaseRule.PossibleActionNotWeighed, c => NotWeighed(c).Count == 0,
                    c => $"Weigh every possible action for the individual, the group and production, and check it against policy: {string.Join(", ", NotWeighed(c))}.",
                    NotWeighed),
            ]),

        // Don't pass the buck: who handles it, the timing, and how the decision was explained.
        [CaseStep.TakeAction] = new(
            [
                new(CardPrompt.DecideWhoHandles, c => c.CurrentPlan is not null, Cautions: true),
                new(CardPrompt.WatchTiming, HasTiming, Cautions: true),
                new(CardPrompt.ExplainDecision, HasExplanation, Cautions: true),
            ],
            [
                new(CaseRule.HandlingIncomplete, c => c.CurrentPlan is not null, _ => "Don't pass the buck: record who handles this."),
                new(CaseRule.TimingRequired, HasTiming, _ => TimingMessage),
                new(CaseRule.ExplanationRequired, HasExplanation, _ => ExplanationMessage),
            ]),

        // Check results: follow up, and watch for changes in output, attitudes and relationships.
        [CaseStep.CheckResults] = new(
            [
                new(CardPrompt.FollowUpHowSoon, HasFollowUp),
                new(CardPrompt.FollowUpHowOften, c => c.CurrentFollowUps.Count > 1),
                new(CardPrompt.WatchForChanges, c => c.CurrentFollowUps.Any(f => f.Status == FollowUpStatus.Done), Cautions: true),
            ],
            [new(CaseRule.FollowUpRequired, HasFollowUp,
                _ => "Check results: schedule at least one follow-up. How soon will you follow up? How often will you need to check?")]),

        [CaseStep.Closed] = new([new(CardPrompt.AccomplishedObjective, c => c.FinalOutcome is not null)], []),
    };

    /// <summary>Past step 3, a correction of the plan may not undo what the move to step 4 required.</summary>
    internal const string TimingMessage = "Watch the timing of your action: record when you act.";

    internal const string ExplanationMessage = "Record how you explained the decision, and how you reached it, to the employee.";

    /// <summary>
    /// The card for <paramref name="step"/> of <paramref name="case"/>: its prompts, whether its caution applies, and
    /// what the move out of that step would throw now (a closed case, another step, then the step's own guards).
    /// </summary>
    public static StepAnswer Answer(JrCase @case, CaseStep step)
    {
        var rules = Steps[step];
        var prompts = Prompts(@case, rules).ToList();
        var cautionApplies = prompts.Any(p => !p.Answer.Done && p.Line.Cautions);
        return new StepAnswer(step, [.. prompts.Select(p => p.Answer)], rules.Lines.Any(l => l.Cautions), cautionApplies, Blocker(@case, step, rules));
    }

    /// <summary>
    /// The parts of step 1 not yet covered, from the same prompts: the record, the rules and customs, a conversation
    /// with each employee the case concerns, and opinions and feelings.
    /// </summary>
    public static IReadOnlyList<MissingPart> MissingParts(JrCase @case) =>
    [
        .. Prompts(@case, Steps[CaseStep.Facts])
            .Where(p => !p.Answer.Done)
            .Select(p => new MissingPart(p.Line.Covers!.Value, p.Answer.With?.Name)),
    ];

    private static IEnumerable<(Line Line, PromptAnswer Answer)> Prompts(JrCase @case, StepRules rules) =>
        rules.Lines.SelectMany(line => line.PerEmployee is { } perEmployee
            ? @case.Employees.Select(e => (line, new PromptAnswer(line.Prompt, perEmployee(@case, e), e)))
            : [(line, new PromptAnswer(line.Prompt, line.Done!(@case)))]);

    private static CaseRuleException? Blocker(JrCase @case, CaseStep step, StepRules rules)
    {
        if (@case.IsClosed)
        {
            return new CaseRuleException(CaseRule.CaseIsClosed, "This case is closed.");
        }

        if (@case.Step != step)
        {
            return new CaseRuleException(CaseRule.NotInThisStep, $"This move belongs to the step {step}; the case is in {@case.Step}.");
        }

        return rules.Guards.FirstOrDefault(g => !g.Holds(@case)) is { } failed
            ? new CaseRuleException(failed.Rule, failed.Message(@case), failed.Details?.Invoke(@case))
            : null;
    }

    private static Line FactLine(CardPrompt prompt, FactKind kind) =>
        new(prompt, c => c.Facts.Any(f => f.Kind == kind), Cautions: true, Covers: kind);

    private static bool HasObjective(JrCase @case) => !string.IsNullOrWhiteSpace(@case.Objective);

    private static bool HasTwoPossibleActions(JrCase @case) => @case.PossibleActions.Count >= 2;

    private static bool HasTiming(JrCase @case) => !string.IsNullOrWhiteSpace(@case.CurrentPlan?.When);

    private static bool HasExplanation(JrCase @case) => !string.IsNullOrWhiteSpace(@case.CurrentPlan?.ExplanationToEmployee);

    private static bool HasFollowUp(JrCase @case) => @case.CurrentFollowUps.Count > 0;

    private static IReadOnlyList<string> Missing(JrCase @case) => [.. MissingParts(@case).Select(m => m.ToString())];

    private static IReadOnlyList<string> NotWeighed(JrCase @case) => [.. @case.PossibleActions.Where(a => !a.IsWeighed).Select(a => a.Description)];

    /// <summary>A prompt of the card and what makes it done.</summary>
    /// <param name="Prompt">The prompt as printed on the card.</param>
    /// <param name="Done">Whether the prompt is done; null when <paramref name="PerEmployee"/> makes one prompt per employee of the case.</param>
    /// <param name="Cautions">Whether the step's caution applies while this prompt is not done.</param>
    /// <param name="PerEmployee">Whether the prompt is done for one employee of the case.</param>
    /// <param name="Covers">In step 1: the kind of fact that covers this part of the whole story.</param>
    private sealed record Line(
        CardPrompt Prompt,
        Func<JrCase, bool>? Done,
        bool Cautions = false,
        Func<JrCase, CaseEmployee, bool>? PerEmployee = null,
        FactKind? Covers = null);

    /// <summary>A condition of the move out of a step, and the coded refusal when it does not hold.</summary>
    private sealed record Guard(CaseRule Rule, Func<JrCase, bool> Holds, Func<JrCase, string> Message, Func<JrCase, IReadOnlyList<string>>? Details = null);

    private sealed record StepRules(IReadOnlyList<Line> Lines, IReadOnlyList<Guard> Guards);
}

/// <summary>The prompts printed on the Job Relations card, step by step.</summary>
public enum CardPrompt
{
    WriteObjective,
    ReviewRecord,
    FindRulesAndCustoms,
    TalkWithEmployee,
    GetOpinionsAndFeelings,
    FitFactsTogether,
    ConsiderPossibleActions,
    CheckPracticesAndPolicies,
    ConsiderEffects,
    DecideWhoHandles,
    WatchTiming,
    ExplainDecision,
    FollowUpHowSoon,
    FollowUpHowOften,
    WatchForChanges,
    AccomplishedObjective,
}

/// <summary>One prompt of the card for a case: done or not; a talk names the employee it is with.</summary>
public sealed record PromptAnswer(CardPrompt Prompt, bool Done, CaseEmployee? With = null);

/// <summary>What the card says about one step of a case.</summary>
/// <param name="Step">The step the answer is about.</param>
/// <param name="Prompts">The card's prompts for the step, in the card's order, each done or not.</param>
/// <param name="HasCaution">Whether the card prints a caution under this step.</param>
/// <param name="CautionApplies">Whether the step's caution (the whole story, don't jump, don't pass the buck, check results) applies now.</param>
/// <param name="Blocker">What the move out of the step would throw now; null when the move is allowed.</param>
public sealed record StepAnswer(CaseStep Step, IReadOnlyList<PromptAnswer> Prompts, bool HasCaution, bool CautionApplies, CaseRuleException? Blocker)
{
    public bool CanMoveOn => Blocker is null;
}
