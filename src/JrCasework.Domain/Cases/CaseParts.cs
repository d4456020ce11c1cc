namespace JrCasework.Domain.Cases;

/// <summary>An employee a case concerns; the name is kept so the case reads the same if the employee leaves.</summary>
public sealed class CaseEmployee
{
    private CaseEmployee()
    {
    }

    internal CaseEmployee(int employeeId, string name)
    {
        EmployeeId = employeeId;
        Name = name;
    }

    public int Id { get; private set; }

    public int EmployeeId { get; private set; }

    public string Name { get; private set; } = string.Empty;
}

/// <summary>A fact of step 1: what kind, from whom or what, when, and what it says.</summary>
public sealed class Fact
{
    private Fact()
    {
    }

    internal Fact(int number, int loop, FactKind kind, string source, DateOnly date, string text, int? conversationWithEmployeeId)
    {
        Number = number;
        Loop = loop;
        Set(kind, source, date, text, conversationWithEmployeeId);
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    /// <summary>The loop in which the fact was gathered.</summary>
    public int Loop { get; private set; }

    public FactKind Kind { get; private set; }

    /// <summary>Whom or what the fact comes from.</summary>
    public string Source { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>For a conversation with one of the employees the case concerns: that employee.</summary>
    public int? ConversationWithEmployeeId { get; private set; }

    internal void Set(FactKind kind, string source, DateOnly date, string text, int? conversationWithEmployeeId)
    {
        Kind = kind;
        Source = source;
        Date = date;
        Text = text;
        ConversationWithEmployeeId = kind == FactKind.Conversation ? conversationWithEmployeeId : null;
    }

    internal string Describe() => $"{Kind} | {Source} | {Date:yyyy-MM-dd} | {Text}";
}

/// <summary>How one possible action is expected to affect one party, with a short note.</summary>
public sealed record Weighing(Effect Effect, string? Note = null);

/// <summary>What the supervisor fills in for a possible action of step 2.</summary>
public sealed record PossibleActionInput(
    string Description,
    Weighing? Individual,
    Weighing? Group,
    Weighing? Production,
    bool PolicyChecked,
    string? PolicyNote = null,
    SupportKinds Support = SupportKinds.None);

/// <summary>A possible action of step 2, weighed for the individual, the group and production.</summary>
public sealed class PossibleAction
{
    private PossibleAction()
    {
    }

    internal PossibleAction(int number, int loop, PossibleActionInput input)
    {
        Number = number;
        Loop = loop;
        Set(input);
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Effect? EffectOnIndividual { get; private set; }

    public string? IndividualNote { get; private set; }

    public Effect? EffectOnGroup { get; private set; }

    public string? GroupNote { get; private set; }

    public Effect? EffectOnProduction { get; private set; }

    public string? ProductionNote { get; private set; }

    /// <summary>Checked against practices and policies.</summary>
    public bool PolicyChecked { get; private set; }

    public string? PolicyNote { get; private set; }

    public SupportKinds Support { get; private set; }

    /// <summary>Weighed for all three parties and checked against policy: ready for a decision.</summary>
    public bool IsWeighed => EffectOnIndividual is not null && EffectOnGroup is not null && EffectOnProduction is not null && PolicyChecked;

    internal void Set(PossibleActionInput input)
    {
        Description = input.Description.Trim();
        EffectOnIndividual = input.Individual?.Effect;
        IndividualNote = input.Individual?.Note;
        EffectOnGroup = input.Group?.Effect;
        GroupNote = input.Group?.Note;
        EffectOnProduction = input.Production?.Effect;
        ProductionNote = input.Production?.Note;
        PolicyChecked = input.PolicyChecked;
        PolicyNote = input.PolicyNote;
        Support = input.Support;
    }

    internal string Describe() =>
        $"{Description} | individual {EffectOnIndividual} {IndividualNote} | group {EffectOnGroup} {GroupNote} | production {EffectOnProduction} {ProductionNote} | policy {PolicyChecked} {PolicyNote} | {Support}";
}

/// <summary>The decision of step 2 for one loop: which possible actions, and why.</summary>
public sealed class Decision
{
    private readonly List<int> _chosenActionNumbers = [];

    private Decision()
    {
    }

    internal Decision(int loop, IEnumerable<int> chosenActionNumbers, string rationale, DateTime decidedAtUtc)
    {
        Loop = loop;
        _chosenActionNumbers.AddRange(chosenActionNumbers);
        Rationale = rationale;
        DecidedAtUtc = decidedAtUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    /// <summary>The numbers of the chosen possible actions.</summary>
    public IReadOnlyList<int> ChosenActionNumbers => _chosenActionNumbers;

    public string Rationale { get; private set; } = string.Empty;

    public DateTime DecidedAtUtc { get; private set; }
}

/// <summary>What the supervisor fills in for the action plan of step 3.</summary>
public sealed record ActionPlanInput(
    Handling Handling,
    string? HelperName,
    string? ManagerUserId,
    string? When,
    string? Where,
    string? ExplanationToEmployee);

/// <summary>The action plan of step 3 for one loop: who handles it, when and where, and how it was explained.</summary>
public sealed class ActionPlan
{
    private ActionPlan()
    {
    }

    internal ActionPlan(int loop, ActionPlanInput input)
    {
        Loop = loop;
        Set(input);
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    public Handling Handling { get; private set; }

    /// <summary>Whom the supervisor gets help from (with <see cref="Handling.MyselfWithHelp"/>).</summary>
    public string? HelperName { get; private set; }

    /// <summary>The supervisor's own manager (with <see cref="Handling.ReferredToManager"/>).</summary>
    public string? ManagerUserId { get; private set; }

    public string? When { get; private set; }

    public string? Where { get; private set; }

    /// <summary>How the decision, and how it was reached, was explained to the employee.</summary>
    public string? ExplanationToEmployee { get; private set; }

    internal void Set(ActionPlanInput input)
    {
        Handling = input.Handling;
        HelperName = input.Handling == Handling.MyselfWithHelp ? input.HelperName?.Trim() : null;
        ManagerUserId = input.Handling == Handling.ReferredToManager ? input.ManagerUserId : null;
        When = input.When?.Trim();
        Where = input.Where?.Trim();
        ExplanationToEmployee = input.ExplanationToEmployee?.Trim();
    }

    internal string Describe() => $"{Handling} | {HelperName} | {ManagerUserId} | {When} | {Where} | {ExplanationToEmployee}";
}

/// <summary>One thing to do in step 3, with an owner and a due date.</summary>
public sealed class ActionItem
{
    private ActionItem()
    {
    }

    internal ActionItem(int number, int loop, string description, string owner, DateOnly dueOn)
    {
        Number = number;
        Loop = loop;
        Description = description;
        Owner = owner;
        DueOn = dueOn;
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string Owner { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    internal void Complete(DateTime atUtc) => CompletedAtUtc ??= atUtc;
}

/// <summary>What a completed check observed: changes in output, attitudes and relationships.</summary>
public sealed record CheckObservation(string? Output, string? Attitudes, string? Relationships, string? Note);

/// <summary>A follow-up of step 4: a date to check whether the action helped.</summary>
public sealed class FollowUp
{
    private FollowUp()
    {
    }

    internal FollowUp(int number, int loop, DateOnly dueOn)
    {
        Number = number;
        Loop = loop;
        DueOn = dueOn;
        Status = FollowUpStatus.Scheduled;
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public DateOnly DueOn { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public DateTime? CheckedAtUtc { get; private set; }

    public string? OutputChange { get; private set; }

    public string? AttitudeChange { get; private set; }

    public string? RelationshipChange { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Why it was cancelled or last rescheduled.</summary>
    public string? Reason { get; private set; }

    /// <summary>Scheduled and its date has passed.</summary>
    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Scheduled && DueOn < today;

    internal void Check(CheckObservation observation, DateTime atUtc)
    {
        Status = FollowUpStatus.Done;
        CheckedAtUtc = atUtc;
        OutputChange = observation.Output?.Trim();
        AttitudeChange = observation.Attitudes?.Trim();
        RelationshipChange = observation.Relationships?.Trim();
        Note = observation.Note?.Trim();
    }

    internal void Reschedule(DateOnly dueOn, string reason)
    {
        DueOn = dueOn;
        Reason = reason;
    }

    internal void Cancel(string reason)
    {
        Status = FollowUpStatus.Cancelled;
        Reason = reason;
    }
}

/// <summary>
/// How often to check after the first follow-up: every N days or weeks, for <see cref="Count"/> more checks
/// or until a date. "In 1 week, then every 2 weeks, 3 times" is a first check plus Recurrence(2, Weeks, Count: 3).
/// </summary>
public sealed record Recurrence(int Every, RecurrenceUnit Unit, int? Count = null, DateOnly? Until = null)
{
    /// <summary>The most checks one schedule may create, the first included, so a typo cannot create thousands.</summary>
    public const int MaxChecks = 52;

    internal IEnumerable<DateOnly> DatesAfter(DateOnly first)
    {
        var step = Unit == RecurrenceUnit.Weeks ? Every * 7 : Every;
        // Counted in day numbers, so a date near the end of the calendar ends the series instead of overflowing.
        var next = first.DayNumber + step;
        for (var made = 0; made < (Count ?? MaxChecks) && made < MaxChecks - 1 && next <= DateOnly.MaxValue.DayNumber
             && (Until is null || next <= Until.Value.DayNumber); made++)
        {
            yield return DateOnly.FromDayNumber(next);
            next += step;
        }
    }
}

/// <summary>What the supervisor concludes at the end of a loop.</summary>
public sealed record OutcomeInput(ObjectiveMet ObjectiveMet, bool ActionHelped, string? HowItHelped, string? LessonsLearned);

/// <summary>The outcome of one loop: closed with it, or started a new loop from step 1.</summary>
public sealed class LoopOutcome
{
    private LoopOutcome()
    {
    }

    internal LoopOutcome(int loop, OutcomeInput input, bool closedCase, string? closeAnywayReason, DateTime atUtc)
    {
        Loop = loop;
        ObjectiveMet = input.ObjectiveMet;
        ActionHelped = input.ActionHelped;
        HowItHelped = input.HowItHelped?.Trim();
        LessonsLearned = input.LessonsLearned?.Trim();
        ClosedCase = closedCase;
        CloseAnywayReason = closeAnywayReason?.Trim();
        RecordedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    public ObjectiveMet ObjectiveMet { get; private set; }

    public bool ActionHelped { get; private set; }

    /// <summary>The changes in output, attitudes and relationships the action brought.</summary>
    public string? HowItHelped { get; private set; }

    public string? LessonsLearned { get; private set; }

    /// <summary>True when this outcome closed the case; false when a new loop started.</summary>
    public bool ClosedCase { get; private set; }

    /// <summary>Why the case was closed although the objective was not met.</summary>
    public string? CloseAnywayReason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}

/// <summary>A written reason to move on although the method's caution applied (e.g. an incomplete whole story).</summary>
public sealed class StepOverride
{
    private StepOverride()
    {
    }

    internal StepOverride(int loop, CaseStep fromStep, string reason, IReadOnlyList<string> missing, DateTime atUtc)
    {
        Loop = loop;
        FromStep = fromStep;
        Reason = reason;
        Missing = string.Join("; ", missing);
        AtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    public CaseStep FromStep { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>What was missing when the supervisor moved on.</summary>
    public string Missing { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}

/// <summary>One line of the case history. The history is append-only: entries are never changed or removed.</summary>
public sealed class CaseHistoryEntry
{
    private CaseHistoryEntry()
    {
    }

    internal CaseHistoryEntry(Actor by, CaseEvent @event, CaseStep fromStep, CaseStep toStep, int loop, string? summary, string? previousValue)
    {
        AtUtc = by.AtUtc;
        ByUserId = by.UserId;
        Event = @event;
        FromStep = fromStep;
        ToStep = toStep;
        Loop = loop;
        Summary = summary;
        PreviousValue = previousValue;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; } = string.Empty;

    public CaseEvent Event { get; private set; }

    public CaseStep FromStep { get; private set; }

    public CaseStep ToStep { get; private set; }

    public int Loop { get; private set; }

    /// <summary>What changed, in a few words (e.g. "Fact 12").</summary>
    public string? Summary { get; private set; }

    /// <summary>For edits: the version before the change, so nothing recorded is silently lost.</summary>
    public string? PreviousValue { get; private set; }
}

/// <summary>Who makes a change, and when (UTC).</summary>
public sealed record Actor(string UserId, DateTime AtUtc)
{
    /// <summary>The date on the actor's own calendar (their time zone); the UTC date unless given.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(AtUtc);
}

/// <summary>A part of the whole story that step 1 has not covered yet.</summary>
/// <param name="Kind">The kind of fact that is missing.</param>
/// <param name="EmployeeName">For a missing conversation: with whom.</param>
public sealed record MissingPart(FactKind Kind, string? EmployeeName = null)
{
    public override string ToString() => EmployeeName is null ? Kind.ToString() : $"{Kind} with {EmployeeName}";
}

/// <summary>The time a case spent in one step, added up each time it leaves that step.</summary>
public sealed class CaseStepTime
{
    private CaseStepTime()
    {
    }

    internal CaseStepTime(CaseStep step) => Step = step;

    public int Id { get; private set; }

    public CaseStep Step { get; private set; }

    /// <summary>Days, with the fraction of a day.</summary>
    public double Days { get; private set; }

    internal void Add(TimeSpan time) => Days += time.TotalDays;
}
