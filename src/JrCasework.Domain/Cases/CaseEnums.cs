namespace JrCasework.Domain.Cases;

/// <summary>Where a case is in the Job Relations method.</summary>
public enum CaseStep
{
    /// <summary>Determine the objective.</summary>
    Objective,

    /// <summary>Step 1: get the facts.</summary>
    Facts,

    /// <summary>Step 2: weigh and decide.</summary>
    WeighAndDecide,

    /// <summary>Step 3: take action.</summary>
    TakeAction,

    /// <summary>Step 4: check results.</summary>
    CheckResults,

    Closed,
}

/// <summary>How the problem reached the supervisor (TWI): shows how proactive a team is.</summary>
public enum ProblemOrigin
{
    SawItComing,
    CameUp,
    BroughtToMe,
    RanIntoIt,
}

/// <summary>The four kinds of fact on the card's step 1.</summary>
public enum FactKind
{
    /// <summary>Reviewed the record.</summary>
    Record,

    /// <summary>A rule, policy or custom that applies.</summary>
    RulesAndCustoms,

    /// <summary>A conversation with a person concerned.</summary>
    Conversation,

    /// <summary>An opinion or feeling: in JR, what people think and feel is a fact too.</summary>
    OpinionOrFeeling,
}

/// <summary>The expected effect of a possible action on the individual, the group or production.</summary>
public enum Effect
{
    Positive,
    Neutral,
    Negative,
}

/// <summary>Kinds of support an action gives (seed 001); optional tags.</summary>
[Flags]
public enum SupportKinds
{
    None = 0,
    Emotional = 1,
    Practical = 2,
    Informational = 4,
    Appreciation = 8,
}

/// <summary>Who handles the action (step 3: don't pass the buck).</summary>
public enum Handling
{
    Myself,
    MyselfWithHelp,
    ReferredToManager,
}

/// <summary>The answer to "Did you accomplish your objective?".</summary>
public enum ObjectiveMet
{
    Yes,
    Partly,
    No,
}

public enum FollowUpStatus
{
    Scheduled,
    Done,
    Cancelled,
}

/// <summary>The unit of a follow-up recurrence.</summary>
public enum RecurrenceUnit
{
    Days,
    Weeks,
}

/// <summary>What a history entry records.</summary>
public enum CaseEvent
{
    Opened,
    ObjectiveChanged,
    DetailsChanged,
    MovedForward,
    ReturnedToStep,
    FactAdded,
    FactEdited,
    PossibleActionAdded,
    PossibleActionEdited,
    Decided,
    ActionPlanned,
    ActionItemAdded,
    ActionItemCompleted,
    FollowUpScheduled,
    FollowUpChecked,
    FollowUpRescheduled,
    FollowUpCancelled,
    NewLoopStarted,
    Closed,
    HoldPlaced,
    HoldLifted,
}
