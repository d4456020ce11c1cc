namespace JrCasework.Domain.Cases;

/// <summary>The rules a case move can break; the UI shows a text per rule in the user's language.</summary>
public enum CaseRule
{
    CaseIsClosed,
    ObjectiveRequired,
    TitleRequired,
    EmployeeRequired,
    NotInThisStep,
    OnlyBackwards,
    TextRequired,
    WholeStoryIncomplete,
    TwoPossibleActionsRequired,
    PossibleActionNotWeighed,
    ChooseAnAction,
    RationaleRequired,
    UnknownItem,
    HandlingIncomplete,
    HelperRequired,
    ManagerRequired,
    TimingRequired,
    ExplanationRequired,
    FollowUpRequired,
    FollowUpNotOpen,
    FollowUpDateInvalid,
    RecurrenceInvalid,
    ObservationRequired,
    ReasonRequired,
    ObjectiveNotMetNeedsReason,
    LoopNeedsUnmetObjective,
    DateTooFarAhead,
    FactDateInFuture,

    /// <summary>A text is longer than its field keeps; the detail is the limit.</summary>
    TextTooLong,

    /// <summary>A text holds a control character (NUL, escape, ...) that nobody types.</summary>
    TextUnusableCharacter,

    /// <summary>Placing or lifting a legal hold needs a reason.</summary>
    HoldReasonRequired,

    /// <summary>The case is on legal hold already.</summary>
    AlreadyOnHold,

    /// <summary>The case is not on legal hold.</summary>
    NotOnHold,
}

/// <summary>
/// A move the Job Relations method does not allow. <see cref="Rule"/> and <see cref="Details"/>
/// let the UI say, in the user's language, what is missing; the message says it in English.
/// </summary>
public sealed class CaseRuleException(CaseRule rule, string message, IReadOnlyList<string>? details = null)
    : InvalidOperationException(message)
{
    public CaseRule Rule { get; } = rule;

    /// <summary>The specifics, e.g. the missing parts of the whole story.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
