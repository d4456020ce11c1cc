using System.Globalization;

namespace JrCasework.Domain.Cases;

/// <summary>
/// One people problem with one objective, owned by one supervisor, about one or more employees,
/// worked through the Job Relations steps. The case guards the method: a move that the method does
/// not allow throws a <see cref="CaseRuleException"/> saying what is missing, and every change
/// appends to the history and renews <see cref="Version"/>.
/// </summary>
public sealed class JrCase
{
    /// <summary>
    /// How far ahead a date typed in a case may lie (follow-ups, action items). Seed 004's long-range check is
    /// six months; five years leaves room for any real plan and refuses a typo such as 31-12-9999.
    /// </summary>
    public const int MaxYearsAhead = 5;

    private readonly List<CaseEmployee> _employees = [];
    private readonly List<Fact> _facts = [];
    private readonly List<PossibleAction> _possibleActions = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<ActionPlan> _actionPlans = [];
    private readonly List<ActionItem> _actionItems = [];
    private readonly List<FollowUp> _followUps = [];
    private readonly List<LoopOutcome> _outcomes = [];
    private readonly List<StepOverride> _overrides = [];
    private readonly List<CaseHistoryEntry> _history = [];
    private readonly List<CaseStepTime> _stepTimes = [];

    private JrCase()
    {
    }

    /// <summary>Opens a case in the objective step. The objective may still be empty (a draft).</summary>
    public static JrCase Open(
        int referenceYear,
        int referenceSequence,
        string title,
        int categoryId,
        ProblemOrigin origin,
        string? objective,
        IReadOnlyCollection<(int EmployeeId, string Name)> employees,
        string ownerUserId,
        int orgUnitId,
        Actor by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(referenceSequence, 1);
        var reference = CaseReference.Format(referenceYear, referenceSequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerUserId);
        Require(!string.IsNullOrWhiteSpace(title), CaseRule.TitleRequired, "A case needs a title.");
        Require(employees.Count > 0, CaseRule.EmployeeRequired, "A case concerns at least one employee.");

        var @case = new JrCase
        {
            Reference = reference,
            ReferenceYear = referenceYear,
            ReferenceSequence = referenceSequence,
            Title = title.Trim(),
            CategoryId = categoryId,
            Origin = origin,
            Objective = objective?.Trim() ?? string.Empty,
            OwnerUserId = ownerUserId,
            OrgUnitId = orgUnitId,
            Step = CaseStep.Objective,
            Loop = 1,
            OpenedAtUtc = by.AtUtc,
            StepEnteredAtUtc = by.AtUtc,
        };
        foreach (var (employeeId, name) in employees.DistinctBy(e => e.EmployeeId))
        {
            @case._employees.Add(new CaseEmployee(employeeId, name));
        }

        @case.Record(by, CaseEvent.Opened, CaseStep.Objective, reference);
        return @case;
    }

    public int Id { get; private set; }

    /// <summary>The reference people use, e.g. <c>JR-2026-0042</c>.</summary>
    public string Reference { get; private set; } = string.Empty;

    public int ReferenceYear { get; private set; }

    /// <summary>The sequence number within <see cref="ReferenceYear"/>.</summary>
    public int ReferenceSequence { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public int CategoryId { get; private set; }

    public ProblemOrigin Origin { get; private set; }

    /// <summary>What the supervisor wants to achieve, for the individual, the group and production.</summary>
    public string Objective { get; private set; } = string.Empty;

    public string OwnerUserId { get; private set; } = string.Empty;

    public int OrgUnitId { get; private set; }

    public CaseStep Step { get; private set; }

    /// <summary>How many times the supervisor has gone around the steps (1 for the first time).</summary>
    public int Loop { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>When the case entered its current step.</summary>
    public DateTime StepEnteredAtUtc { get; private set; }

    public DateTime LastChangedAtUtc { get; private set; }

    /// <summary>The manager the case was referred to (step 3); that manager may read the case.</summary>
    public string? ReferredToUserId { get; private set; }

    /// <summary>Concurrency token: renewed on every change, so two editors cannot overwrite each other.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<CaseEmployee> Employees => _employees;

    public IReadOnlyList<Fact> Facts => _facts;

    public IReadOnlyList<PossibleAction> PossibleActions => _possibleActions;

    public IReadOnlyList<Decision> Decisions => _decisions;

    public IReadOnlyList<ActionPlan> ActionPlans => _actionPlans;

    public IReadOnlyList<ActionItem> ActionItems => _actionItems;

    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    /// <summary>How long the case has spent in each step it left, summed over loops and returns (for reports).</summary>
    public IReadOnlyList<CaseStepTime> StepTimes => _stepTimes;

    public IReadOnlyList<LoopOutcome> Outcomes => _outcomes;

    public IReadOnlyList<StepOverride> Overrides => _overrides;

    public IReadOnlyList<CaseHistoryEntry> History => _history;

    public bool IsClosed => Step == CaseStep.Closed;

    /// <summary>The decision of the current loop, if taken.</summary>
    public Decision? CurrentDecision => _decisions.LastOrDefault(d => d.Loop == Loop);

    /// <summary>The action plan of the current loop, if made.</summary>
    public ActionPlan? CurrentPlan => _actionPlans.LastOrDefault(p => p.Loop == Loop);

    /// <summary>The outcome that closed the case.</summary>
    public LoopOutcome? FinalOutcome => IsClosed ? _outcomes.LastOrDefault() : null;

    /// <summary>The earliest follow-up still to be done.</summary>
    public FollowUp? NextFollowUp => _followUps.Where(f => f.Status == FollowUpStatus.Scheduled).MinBy(f => f.DueOn);

    // ---- Determine the objective -------------------------------------------------------------

    public void ChangeObjective(string objective, Actor by)
    {
        RequireOpen();
        Require(!string.IsNullOrWhiteSpace(objective), CaseRule.ObjectiveRequired, "Write down what you want to achieve.");
        var previous = Objective;
        Objective = objective.Trim();
        Record(by, CaseEvent.ObjectiveChanged, Step, null, previous);
    }

    /// <summary>Corrects the title, category or origin; the previous values stay in the history.</summary>
    public void ChangeDetails(string title, int categoryId, ProblemOrigin origin, Actor by)
    {
        RequireOpen();
        Require(!string.IsNullOrWhiteSpace(title), CaseRule.TitleRequired, "A case needs a title.");
        var previous = $"{Title} | {CategoryId} | {Origin}";
        Title = title.Trim();
        CategoryId = categoryId;
        Origin = origin;
        Record(by, CaseEvent.DetailsChanged, Step, null, previous);
    }

    /// <summary>Objective → step 1. There are no facts before there is an objective.</summary>
    public void StartGettingFacts(Actor by)
    {
        RequireStep(CaseStep.Objective);
        Require(!string.IsNullOrWhiteSpace(Objective), CaseRule.ObjectiveRequired,
            "Determine the objective first: what do you want to achieve for the individual, the group and production?");
        MoveTo(CaseStep.Facts, by);
    }

    // ---- Step 1: get the facts -----------------------------------------------------------------

    /// <summary>Adds a fact. For a conversation with an employee of the case, pass that employee's id.</summary>
    public Fact AddFact(FactKind kind, string source, DateOnly date, string text, Actor by, int? conversationWithEmployeeId = null)
    {
        RequireOpen();
        Require(Step != CaseStep.Objective, CaseRule.ObjectiveRequired,
            "Determine the objective first: facts are gathered in step 1, after the objective is written.");
        RequireText(source, text);
        RequireHappened(date, by);
        RequireKnownEmployee(conversationWithEmployeeId);
        var fact = new Fact(NextNumber(_facts.Select(f => f.Number)), Loop, kind, source.Trim(), date, text.Trim(), conversationWithEmployeeId);
        _facts.Add(fact);
        Record(by, CaseEvent.FactAdded, Step, kind.ToString());
        return fact;
    }

    /// <summary>Corrects a fact; the previous version stays in the history.</summary>
    public void EditFact(int factNumber, FactKind kind, string source, DateOnly date, string text, Actor by, int? conversationWithEmployeeId = null)
    {
        RequireOpen();
        RequireText(source, text);
        RequireHappened(date, by);
        RequireKnownEmployee(conversationWithEmployeeId);
        var fact = Find(_facts, f => f.Number == factNumber);
        var previous = fact.Describe();
        fact.Set(kind, source.Trim(), date, text.Trim(), conversationWithEmployeeId);
        Record(by, CaseEvent.FactEdited, Step, $"Fact {factNumber}", previous);
    }

    /// <summary>
    /// The parts of the card's step 1 not yet covered: the record, the rules and customs, a
    /// conversation with each employee the case concerns, and opinions and feelings.
    /// </summary>
    public IReadOnlyList<MissingPart> MissingParts()
    {
        var missing = new List<MissingPart>();
        if (!_facts.Any(f => f.Kind == FactKind.Record))
        {
            missing.Add(new MissingPart(FactKind.Record));
        }

        if (!_facts.Any(f => f.Kind == FactKind.RulesAndCustoms))
        {
            missing.Add(new MissingPart(FactKind.RulesAndCustoms));
        }

        foreach (var employee in _employees.Where(e => !_facts.Any(f => f.Kind == FactKind.Conversation && f.ConversationWithEmployeeId == e.EmployeeId)))
        {
            missing.Add(new MissingPart(FactKind.Conversation, employee.Name));
        }

        if (!_facts.Any(f => f.Kind == FactKind.OpinionOrFeeling))
        {
            missing.Add(new MissingPart(FactKind.OpinionOrFeeling));
        }

        return missing;
    }

    /// <summary>
    /// Step 1 → step 2. Be sure you have the whole story: with parts missing, a written reason is
    /// required, and it is kept.
    /// </summary>
    public void StartWeighing(Actor by, string? reasonDespiteMissingParts = null)
    {
        RequireStep(CaseStep.Facts);
        var missing = MissingParts().Select(m => m.ToString()).ToList();
        if (missing.Count > 0)
        {
            Require(!string.IsNullOrWhiteSpace(reasonDespiteMissingParts), CaseRule.WholeStoryIncomplete,
                $"Be sure you have the whole story. Still missing: {string.Join(", ", missing)}. Add these facts, or write why you go on without them.",
                missing);
            _overrides.Add(new StepOverride(Loop, CaseStep.Facts, reasonDespiteMissingParts!.Trim(), missing, by.AtUtc));
        }

        MoveTo(CaseStep.WeighAndDecide, by, reasonDespiteMissingParts?.Trim());
    }

    // ---- Step 2: weigh and decide --------------------------------------------------------------

    public PossibleAction AddPossibleAction(PossibleActionInput input, Actor by)
    {
        RequireOpen();
        Require(Step >= CaseStep.WeighAndDecide, CaseRule.NotInThisStep, "Possible actions are weighed in step 2, after the facts.");
        RequireDescription(input);
        var action = new PossibleAction(NextNumber(_possibleActions.Select(a => a.Number)), Loop, input);
        _possibleActions.Add(action);
        Record(by, CaseEvent.PossibleActionAdded, Step, input.Description.Trim());
        return action;
    }

    public void EditPossibleAction(int possibleActionNumber, PossibleActionInput input, Actor by)
    {
        RequireOpen();
        RequireDescription(input);
        var action = Find(_possibleActions, a => a.Number == possibleActionNumber);
        var previous = action.Describe();
        action.Set(input);
        Record(by, CaseEvent.PossibleActionEdited, Step, $"Possible action {possibleActionNumber}", previous);
    }

    /// <summary>
    /// Step 2 → step 3. Don't jump to conclusions: at least two possible actions considered, each
    /// weighed for the individual, the group and production and checked against policy.
    /// </summary>
    public void Decide(IReadOnlyCollection<int> chosenPossibleActionNumbers, string rationale, Actor by)
    {
        RequireStep(CaseStep.WeighAndDecide);
        Require(_possibleActions.Count >= 2, CaseRule.TwoPossibleActionsRequired,
            $"Don't jump to conclusions: consider at least two possible actions before deciding ({_possibleActions.Count} so far).");
        var notWeighed = _possibleActions.Where(a => !a.IsWeighed).Select(a => a.Description).ToList();
        Require(notWeighed.Count == 0, CaseRule.PossibleActionNotWeighed,
            $"Weigh every possible action for the individual, the group and production, and check it against policy: {string.Join(", ", notWeighed)}.",
            notWeighed);
        Require(chosenPossibleActionNumbers.Count > 0, CaseRule.ChooseAnAction, "Choose at least one of the possible actions.");
        Require(chosenPossibleActionNumbers.All(n => _possibleActions.Any(a => a.Number == n)), CaseRule.UnknownItem, "Choose from this case's possible actions.");
        Require(!string.IsNullOrWhiteSpace(rationale), CaseRule.RationaleRequired, "Write why you chose this: it is what you will explain to the employee.");

        _decisions.Add(new Decision(Loop, chosenPossibleActionNumbers.Distinct(), rationale.Trim(), by.AtUtc));
        MoveTo(CaseStep.TakeAction, by, rationale.Trim(), CaseEvent.Decided);
    }

    // ---- Step 3: take action -------------------------------------------------------------------

    /// <summary>Records (or corrects) who handles the action, when and where, and how it was explained.</summary>
    public void PlanAction(ActionPlanInput input, Actor by)
    {
        RequireOpen();
        Require(Step >= CaseStep.TakeAction, CaseRule.NotInThisStep, "The action is planned in step 3, after the decision.");
        Require(input.Handling != Handling.MyselfWithHelp || !string.IsNullOrWhiteSpace(input.HelperName), CaseRule.HelperRequired,
            "Name who helps you handle this.");
        Require(input.Handling != Handling.ReferredToManager || !string.IsNullOrWhiteSpace(input.ManagerUserId), CaseRule.ManagerRequired,
            "Choose the manager you refer this to.");
        if (Step > CaseStep.TakeAction)
        {
            // Past step 3 a correction may not undo what the move to step 4 required.
            Require(!string.IsNullOrWhiteSpace(input.When), CaseRule.TimingRequired, "Watch the timing of your action: record when you act.");
            Require(!string.IsNullOrWhiteSpace(input.ExplanationToEmployee), CaseRule.ExplanationRequired,
                "Record how you explained the decision, and how you reached it, to the employee.");
        }

        var plan = CurrentPlan;
        var previous = plan?.Describe();
        if (plan is null)
        {
            _actionPlans.Add(new ActionPlan(Loop, input));
        }
        else
        {
            plan.Set(input);
        }

        // Referring shares the case with that manager; withdrawing the referral ends the sharing.
        ReferredToUserId = input.Handling == Handling.ReferredToManager ? input.ManagerUserId : null;

        Record(by, CaseEvent.ActionPlanned, Step, input.Handling.ToString(), previous);
    }

    public ActionItem AddActionItem(string description, string owner, DateOnly dueOn, Actor by)
    {
        RequireOpen();
        Require(Step >= CaseStep.TakeAction, CaseRule.NotInThisStep, "Action items belong to step 3, after the decision.");
        RequireText(owner, description);
        RequireWithinReach(dueOn, by);
        var item = new ActionItem(NextNumber(_actionItems.Select(i => i.Number)), Loop, description.Trim(), owner.Trim(), dueOn);
        _actionItems.Add(item);
        Record(by, CaseEvent.ActionItemAdded, Step, description.Trim());
        return item;
    }

    public void CompleteActionItem(int actionItemNumber, Actor by)
    {
        RequireOpen();
        var item = Find(_actionItems, i => i.Number == actionItemNumber);
        if (item.CompletedAtUtc is not null)
        {
            return;
        }

        item.Complete(by.AtUtc);
        Record(by, CaseEvent.ActionItemCompleted, Step, $"Action item {actionItemNumber}");
    }

    /// <summary>
    /// Step 3 → step 4. Don't pass the buck: who handles it, the timing, and how the decision and
    /// its reasons were explained to the employee must be recorded.
    /// </summary>
    public void StartCheckingResults(Actor by)
    {
        RequireStep(CaseStep.TakeAction);
        var plan = CurrentPlan;
        Require(plan is not null, CaseRule.HandlingIncomplete, "Don't pass the buck: record who handles this.");
        Require(!string.IsNullOrWhiteSpace(plan!.When), CaseRule.TimingRequired, "Watch the timing of your action: record when you act.");
        Require(!string.IsNullOrWhiteSpace(plan.ExplanationToEmployee), CaseRule.ExplanationRequired,
            "Record how you explained the decision, and how you reached it, to the employee.");
        MoveTo(CaseStep.CheckResults, by);
    }

    // ---- Step 4: check results -----------------------------------------------------------------

    /// <summary>
    /// Schedules the first check on <paramref name="firstCheck"/> and, with a recurrence, the checks after it.
    /// Follow-ups can be planned from step 3 on ("how soon will you follow up? how often?").
    /// </summary>
    public IReadOnlyList<FollowUp> ScheduleFollowUps(DateOnly firstCheck, Recurrence? recurrence, Actor by)
    {
        RequireOpen();
        Require(Step >= CaseStep.TakeAction, CaseRule.NotInThisStep, "Follow-ups are planned once the action is decided (step 3 and 4).");
        Require(firstCheck >= by.Today, CaseRule.FollowUpDateInvalid, "The first check cannot be in the past.");
        Require(recurrence is null || (recurrence.Every is > 0 and <= 365 && (recurrence.Count is null or > 0)
                && (recurrence.Count is not null || recurrence.Until is not null) && (recurrence.Until is null || recurrence.Until > firstCheck)),
            CaseRule.RecurrenceInvalid, "A repeat needs an interval of 1 to 365 and an end: a number of checks or an end date.");

        // The end a repeat names, and the last date it makes (the first check, without a repeat), are in reach.
        RequireWithinReach(recurrence?.Until ?? firstCheck, by);
        var dates = recurrence is null ? [firstCheck] : new[] { firstCheck }.Concat(recurrence.DatesAfter(firstCheck)).ToList();
        RequireWithinReach(dates[^1], by);
        var first = NextNumber(_followUps.Select(f => f.Number));
        var created = dates.Select((date, index) => new FollowUp(first + index, Loop, date)).ToList();

        _followUps.AddRange(created);
        Record(by, CaseEvent.FollowUpScheduled, Step, string.Join(", ", created.Select(f => f.DueOn.ToString("yyyy-MM-dd"))));
        return created;
    }

    /// <summary>Records a completed check: changes in output, attitudes and relationships.</summary>
    public void RecordCheck(int followUpNumber, CheckObservation observation, Actor by)
    {
        RequireOpen();
        var followUp = Find(_followUps, f => f.Number == followUpNumber);
        Require(followUp.Status == FollowUpStatus.Scheduled, CaseRule.FollowUpNotOpen, "This follow-up is already done or cancelled.");
        Require(new[] { observation.Output, observation.Attitudes, observation.Relationships, observation.Note }.Any(t => !string.IsNullOrWhiteSpace(t)),
            CaseRule.ObservationRequired, "Write what you saw: changes in output, attitudes or relationships.");
        followUp.Check(observation, by.AtUtc);
        Record(by, CaseEvent.FollowUpChecked, Step, followUp.DueOn.ToString("yyyy-MM-dd"));
    }

    public void RescheduleFollowUp(int followUpNumber, DateOnly dueOn, string reason, Actor by)
    {
        RequireOpen();
        var followUp = Find(_followUps, f => f.Number == followUpNumber);
        Require(followUp.Status == FollowUpStatus.Scheduled, CaseRule.FollowUpNotOpen, "Only a scheduled follow-up can be moved.");
        Require(!string.IsNullOrWhiteSpace(reason), CaseRule.ReasonRequired, "Write why the follow-up moves.");
        Require(dueOn >= by.Today, CaseRule.FollowUpDateInvalid, "A follow-up cannot be moved into the past.");
        RequireWithinReach(dueOn, by);
        var previous = followUp.DueOn.ToString("yyyy-MM-dd");
        followUp.Reschedule(dueOn, reason.Trim());
        Record(by, CaseEvent.FollowUpRescheduled, Step, $"{previous} → {dueOn:yyyy-MM-dd}: {reason.Trim()}", previous);
    }

    public void CancelFollowUp(int followUpNumber, string reason, Actor by)
    {
        RequireOpen();
        var followUp = Find(_followUps, f => f.Number == followUpNumber);
        Require(followUp.Status == FollowUpStatus.Scheduled, CaseRule.FollowUpNotOpen, "Only a scheduled follow-up can be cancelled.");
        Require(!string.IsNullOrWhiteSpace(reason), CaseRule.ReasonRequired, "Write why the follow-up is cancelled.");
        followUp.Cancel(reason.Trim());
        Record(by, CaseEvent.FollowUpCancelled, Step, $"{followUp.DueOn:yyyy-MM-dd}: {reason.Trim()}");
    }

    // ---- Closing and looping -------------------------------------------------------------------

    /// <summary>
    /// Step 4 → closed, with the outcome. "Did you accomplish your objective?" When the answer is
    /// no, the case closes only with a reason (otherwise go around again with <see cref="StartNewLoop"/>).
    /// Follow-ups still scheduled are cancelled and say so.
    /// </summary>
    public void Close(OutcomeInput outcome, Actor by, string? closeAnywayReason = null)
    {
        RequireCheckedResults();
        Require(outcome.ObjectiveMet != ObjectiveMet.No || !string.IsNullOrWhiteSpace(closeAnywayReason), CaseRule.ObjectiveNotMetNeedsReason,
            "The objective was not met: go around again from step 1, or write why you close the case anyway.");

        foreach (var open in _followUps.Where(f => f.Status == FollowUpStatus.Scheduled))
        {
            open.Cancel("Case closed");
        }

        _outcomes.Add(new LoopOutcome(Loop, outcome, closedCase: true, closeAnywayReason, by.AtUtc));
        ClosedAtUtc = by.AtUtc;
        MoveTo(CaseStep.Closed, by, outcome.ObjectiveMet.ToString(), CaseEvent.Closed);
    }

    /// <summary>
    /// The objective was not (fully) met: keep everything, record this loop's outcome, and go around
    /// again from step 1. The loop count goes up.
    /// </summary>
    public void StartNewLoop(OutcomeInput outcome, Actor by)
    {
        RequireCheckedResults();
        Require(outcome.ObjectiveMet != ObjectiveMet.Yes, CaseRule.LoopNeedsUnmetObjective,
            "The objective was met: close the case instead of going around again.");
        _outcomes.Add(new LoopOutcome(Loop, outcome, closedCase: false, closeAnywayReason: null, by.AtUtc));
        Loop++;
        MoveTo(CaseStep.Facts, by, $"Loop {Loop}", CaseEvent.NewLoopStarted);
    }

    // ---- Going back ----------------------------------------------------------------------------

    /// <summary>Goes back to an earlier step to add or correct; everything recorded stays, the move is recorded.</summary>
    public void ReturnToStep(CaseStep step, Actor by, string? reason = null)
    {
        RequireOpen();
        Require(Enum.IsDefined(step) && step < Step, CaseRule.OnlyBackwards, "You can only go back to an earlier step; moving forward has its own checks.");
        MoveTo(step, by, reason?.Trim(), CaseEvent.ReturnedToStep);
    }

    // ---- Asking what is allowed ----------------------------------------------------------------

    /// <summary>Whether the move forward out of the current step would be allowed now, and if not, why.</summary>
    public CaseRuleException? WhyNotForward()
    {
        try
        {
            switch (Step)
            {
                case CaseStep.Objective:
                    Require(!string.IsNullOrWhiteSpace(Objective), CaseRule.ObjectiveRequired, "Determine the objective first.");
                    break;
                case CaseStep.Facts:
                    var missing = MissingParts().Select(m => m.ToString()).ToList();
                    Require(missing.Count == 0, CaseRule.WholeStoryIncomplete, $"Still missing: {string.Join(", ", missing)}.", missing);
                    break;
                case CaseStep.WeighAndDecide:
                    Require(_possibleActions.Count >= 2, CaseRule.TwoPossibleActionsRequired, "Consider at least two possible actions.");
                    Require(_possibleActions.All(a => a.IsWeighed), CaseRule.PossibleActionNotWeighed, "Weigh every possible action.");
                    break;
                case CaseStep.TakeAction:
                    Require(CurrentPlan is not null, CaseRule.HandlingIncomplete, "Record who handles this.");
                    Require(!string.IsNullOrWhiteSpace(CurrentPlan!.When), CaseRule.TimingRequired, "Record when you act.");
                    Require(!string.IsNullOrWhiteSpace(CurrentPlan.ExplanationToEmployee), CaseRule.ExplanationRequired, "Record how you explained it.");
                    break;
                case CaseStep.CheckResults:
                    Require(_followUps.Any(f => f.Loop == Loop && f.Status != FollowUpStatus.Cancelled), CaseRule.FollowUpRequired, "Schedule a follow-up.");
                    break;
                default:
                    RequireOpen();
                    break;
            }

            return null;
        }
        catch (CaseRuleException reason)
        {
            return reason;
        }
    }

    // ---- Internals -----------------------------------------------------------------------------

    private void RequireCheckedResults()
    {
        RequireStep(CaseStep.CheckResults);
        Require(_followUps.Any(f => f.Loop == Loop && f.Status != FollowUpStatus.Cancelled), CaseRule.FollowUpRequired,
            "Check results: schedule at least one follow-up. How soon will you follow up? How often will you need to check?");
    }

    private void MoveTo(CaseStep to, Actor by, string? summary = null, CaseEvent? @event = null)
    {
        var from = Step;
        var spent = _stepTimes.FirstOrDefault(t => t.Step == from);
        if (spent is null)
        {
            spent = new CaseStepTime(from);
            _stepTimes.Add(spent);
        }

        spent.Add(by.AtUtc - StepEnteredAtUtc);
        Step = to;
        StepEnteredAtUtc = by.AtUtc;
        Record(by, @event ?? CaseEvent.MovedForward, from, summary);
    }

    private void Record(Actor by, CaseEvent @event, CaseStep from, string? summary, string? previousValue = null)
    {
        _history.Add(new CaseHistoryEntry(by, @event, from, Step, Loop, summary, previousValue));
        LastChangedAtUtc = by.AtUtc;
        Version = Guid.NewGuid();
    }

    private void RequireOpen() => Require(!IsClosed, CaseRule.CaseIsClosed, "This case is closed.");

    private void RequireStep(CaseStep step)
    {
        RequireOpen();
        Require(Step == step, CaseRule.NotInThisStep, $"This move belongs to the step {step}; the case is in {Step}.");
    }

    /// <summary>A planned date no further ahead than <see cref="MaxYearsAhead"/> years from today.</summary>
    private static void RequireWithinReach(DateOnly date, Actor by) =>
        Require(date <= by.Today.AddYears(MaxYearsAhead), CaseRule.DateTooFarAhead,
            $"Choose a date no more than {MaxYearsAhead} years ahead.", [MaxYearsAhead.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>A fact's date: on or before today (the record, a conversation, an opinion heard are in the past).</summary>
    private static void RequireHappened(DateOnly date, Actor by) =>
        Require(date <= by.Today, CaseRule.FactDateInFuture, "A fact is something that has happened: its date cannot be after today.");

    private void RequireKnownEmployee(int? employeeId) =>
        Require(employeeId is null || _employees.Any(e => e.EmployeeId == employeeId), CaseRule.UnknownItem,
            "The conversation must be with one of the employees this case concerns.");

    private static void RequireText(string first, string second) =>
        Require(!string.IsNullOrWhiteSpace(first) && !string.IsNullOrWhiteSpace(second), CaseRule.TextRequired, "Fill in every field.");

    private static void RequireDescription(PossibleActionInput input) =>
        Require(!string.IsNullOrWhiteSpace(input.Description), CaseRule.TextRequired, "Describe the possible action.");

    private static int NextNumber(IEnumerable<int> numbers) => numbers.DefaultIfEmpty(0).Max() + 1;

    private static T Find<T>(IEnumerable<T> items, Func<T, bool> match) =>
        items.FirstOrDefault(match) ?? throw new CaseRuleException(CaseRule.UnknownItem, "That item is not part of this case.");

    private static void Require(bool condition, CaseRule rule, string message, IReadOnlyList<string>? details = null)
    {
        if (!condition)
        {
            throw new CaseRuleException(rule, message, details);
        }
    }
}
