namespace JrCasework.Domain.Foundations;

/// <summary>
/// One time a supervisor did one of the foundations, for one person or several at once (a change
/// announced to the whole team): which foundation, for whom, when, and a short note.
/// </summary>
public sealed class FoundationMoment
{
    public const int MaxNoteLength = 1000;

    /// <summary>How far back a moment may be logged (catching up after a holiday, not rewriting history).</summary>
    public const int MaxDaysBack = 366;

    private readonly List<FoundationMomentEmployee> _employees = [];

    private FoundationMoment()
    {
    }

    private FoundationMoment(string supervisorUserId, Foundation foundation, DateOnly occurredOn, string? note, ChangeDetails? change, DateTime createdAtUtc)
    {
        SupervisorUserId = supervisorUserId;
        Foundation = foundation;
        OccurredOn = occurredOn;
        Note = note;
        WhatChanges = change?.WhatChanges.Trim();
        ChangeTakesEffectOn = change?.TakesEffectOn;
        ReasonsExplained = change?.ReasonsExplained;
        Reception = change?.Reception;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string SupervisorUserId { get; private set; } = string.Empty;

    public Foundation Foundation { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string? Note { get; private set; }

    public string? WhatChanges { get; private set; }

    public DateOnly? ChangeTakesEffectOn { get; private set; }

    public bool? ReasonsExplained { get; private set; }

    public Reception? Reception { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<FoundationMomentEmployee> Employees => _employees;

    /// <summary>The change told about, for <see cref="Foundation.ChangeInAdvance"/>.</summary>
    public ChangeDetails? Change => WhatChanges is null
        ? null
        : new ChangeDetails(WhatChanges, ChangeTakesEffectOn!.Value, ReasonsExplained ?? false, Reception ?? Foundations.Reception.NotKnownYet);

    /// <summary>
    /// Logs a moment. It concerns at least one person, happened today or in the past year, and a
    /// change told in advance says what changes and when.
    /// </summary>
    public static FoundationMoment Log(
        string supervisorUserId,
        Foundation foundation,
        IReadOnlyCollection<int> employeeIds,
        DateOnly occurredOn,
        string? note,
        ChangeDetails? change,
        DateTime nowUtc,
        DateOnly? localToday = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisorUserId);
        ArgumentNullException.ThrowIfNull(employeeIds);
        // "Today" on the supervisor's own calendar when given: a moment just after their midnight is not in the future.
        var today = localToday ?? DateOnly.FromDateTime(nowUtc);
        Require(employeeIds.Count > 0, FoundationRule.SomeoneRequired, "Choose at least one person.");
        Require(occurredOn <= today, FoundationRule.DateInFuture, "A moment is logged once it happened: the date cannot be in the future.");
        Require(occurredOn >= today.AddDays(-MaxDaysBack), FoundationRule.DateTooOld, "A moment can be logged up to a year back.");
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RequireFits(cleanNote);
        if (foundation == Foundation.ChangeInAdvance)
        {
            Require(change is not null && !string.IsNullOrWhiteSpace(change.WhatChanges), FoundationRule.ChangeDetailsRequired,
                "Say what changes and when it takes effect.");
            RequireFits(change!.WhatChanges);
        }
        else
        {
            Require(change is null, FoundationRule.ChangeDetailsOnlyForChanges, "Change details belong to telling people about a change.");
        }

        var moment = new FoundationMoment(supervisorUserId, foundation, occurredOn, cleanNote, change, nowUtc);
        moment._employees.AddRange(employeeIds.Distinct().Select(id => new FoundationMomentEmployee(id)));
        return moment;
    }

    private static void RequireFits(string? text)
    {
        var problem = TextLimit.Check(text, MaxNoteLength);
        Require(problem != TextProblem.TooLong, FoundationRule.TextTooLong, $"Keep the text under {MaxNoteLength} characters.");
        Require(problem != TextProblem.UnusableCharacter, FoundationRule.UnusableCharacter, "The text holds a control character that cannot be kept.");
    }

    private static void Require(bool condition, FoundationRule rule, string message)
    {
        if (!condition)
        {
            throw new FoundationRuleException(rule, message);
        }
    }
}

/// <summary>One person a foundation moment concerns.</summary>
public sealed class FoundationMomentEmployee
{
    private FoundationMomentEmployee()
    {
    }

    internal FoundationMomentEmployee(int employeeId) => EmployeeId = employeeId;

    public long FoundationMomentId { get; private set; }

    public int EmployeeId { get; private set; }
}
