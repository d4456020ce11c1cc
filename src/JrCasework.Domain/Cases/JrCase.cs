using System.Globalization;

namespace JrCasework.Domain.Cases;

/// <summary>
/// One people problem with one objective, owned by one supervisor, about one or more employees,
/// worked through the Job Relations steps. The case guards the method: a move that the method does
/// not allow throws a <see cref="CaseRuleException"/> saying what is missing, and every change
/// appends to the history and renews <see cref="Version"/>.
/// </summary>
public sealed partial class JrCase
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
        RequireFits((title, TextLimit.Name), (objective, TextLimit.Long));
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

    /// <summary>The follow-ups of the current loop that were not cancelled: this round's checks.</summary>
    public IReadOnlyList<FollowUp> CurrentFollowUps => [.. _followUps.Where(f => f.Loop == Loop && f.Status != FollowUpStatus.Cancelled)];

    /// <summary>The earliest follow-up still to be done.</summary>
    public FollowUp? NextFollowUp => _followUps.Where(f => f.Status == FollowUpStatus.Scheduled).MinBy(f => f.DueOn);

    // ---- Going back ----------------------------------------------------------------------------

    /// <summary>Goes back to an earlier step to add or correct; everything recorded stays, the move is recorded.</summary>
    public void ReturnToStep(CaseStep step, Actor by, string? reason = null)
    {
        RequireOpen();
        Require(Enum.IsDefined(step) && step < Step, CaseRule.OnlyBackwards, "You can only go back to an earlier step; moving forward has its own checks.");
        RequireFits((reason, TextLimit.Short));
        MoveTo(step, by, reason?.Trim(), CaseEvent.ReturnedToStep);
    }

    // ---- Asking what is allowed ----------------------------------------------------------------

    /// <summary>
    /// What the Job Relations card says about <paramref name="step"/>: which prompts are done, whether the caution
    /// applies, and what the move out of the step would throw now. The moves and the UI both use this answer.
    /// </summary>
    public StepAnswer Card(CaseStep step) => JrCard.Answer(this, step);

    /// <summary>The card for the current step.</summary>
    public StepAnswer Card() => Card(Step);

    // ---- Internals -----------------------------------------------------------------------------

    /// <summary>Throws what the card says blocks the move out of <paramref name="step"/>, if anything.</summary>
    private void RequireMoveOn(CaseStep step)
    {
        if (Card(step).Blocker is { } blocker)
        {
            throw blocker;
        }
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

    /// <summary>Refuses a text longer than its field keeps or holding a character nobody types (see <see cref="TextLimit"/>).</summary>
    private static void RequireFits(params ReadOnlySpan<(string? Text, int Max)> texts)
    {
        foreach (var (text, max) in texts)
        {
            switch (TextLimit.Check(text, max))
            {
                case TextProblem.TooLong:
                    throw new CaseRuleException(CaseRule.TextTooLong, $"Keep this text under {max} characters.", [max.ToString(CultureInfo.InvariantCulture)]);
                case TextProblem.UnusableCharacter:
                    throw new CaseRuleException(CaseRule.TextUnusableCharacter, "The text holds a control character that cannot be kept; type it again.");
            }
        }
    }

    private static void RequireText(string first, string second) =>
        Require(!string.IsNullOrWhiteSpace(first) && !string.IsNullOrWhiteSpace(second), CaseRule.TextRequired, "Fill in every field.");

    private static void RequireDescription(PossibleActionInput input)
    {
        Require(!string.IsNullOrWhiteSpace(input.Description), CaseRule.TextRequired, "Describe the possible action.");
        RequireFits((input.Description, TextLimit.Description), (input.Individual?.Note, TextLimit.Short), (input.Group?.Note, TextLimit.Short),
            (input.Production?.Note, TextLimit.Short), (input.PolicyNote, TextLimit.Short));
    }

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
