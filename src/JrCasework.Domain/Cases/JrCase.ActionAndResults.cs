namespace JrCasework.Domain.Cases;

/// <summary>Step 3 (take action), step 4 (check results), closing and going around again.</summary>
public sealed partial class JrCase
{
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
        RequireFits((input.HelperName, TextLimit.Name), (input.When, TextLimit.Name), (input.Where, TextLimit.Name), (input.ExplanationToEmployee, TextLimit.Long));
        if (Step > CaseStep.TakeAction)
        {
            // Past step 3 a correction may not undo what the move to step 4 required.
            Require(!string.IsNullOrWhiteSpace(input.When), CaseRule.TimingRequired, JrCard.TimingMessage);
            Require(!string.IsNullOrWhiteSpace(input.ExplanationToEmployee), CaseRule.ExplanationRequired, JrCard.ExplanationMessage);
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
        RequireFits((description, TextLimit.Short), (owner, TextLimit.Name));
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
        RequireMoveOn(CaseStep.TakeAction);
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
        RequireFits((observation.Output, TextLimit.Long), (observation.Attitudes, TextLimit.Long), (observation.Relationships, TextLimit.Long), (observation.Note, TextLimit.Long));
        followUp.Check(observation, by.AtUtc);
        Record(by, CaseEvent.FollowUpChecked, Step, followUp.DueOn.ToString("yyyy-MM-dd"));
    }

    public void RescheduleFollowUp(int followUpNumber, DateOnly dueOn, string reason, Actor by)
    {
        RequireOpen();
        var followUp = Find(_followUps, f => f.Number == followUpNumber);
        Require(followUp.Status == FollowUpStatus.Scheduled, CaseRule.FollowUpNotOpen, "Only a scheduled follow-up can be moved.");
        Require(!string.IsNullOrWhiteSpace(reason), CaseRule.ReasonRequired, "Write why the follow-up moves.");
        RequireFits((reason, TextLimit.Short));
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
        RequireFits((reason, TextLimit.Short));
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
        RequireMoveOn(CaseStep.CheckResults);
        Require(outcome.ObjectiveMet != ObjectiveMet.No || !string.IsNullOrWhiteSpace(closeAnywayReason), CaseRule.ObjectiveNotMetNeedsReason,
            "The objective was not met: go around again from step 1, or write why you close the case anyway.");
        RequireFits((outcome.HowItHelped, TextLimit.Long), (outcome.LessonsLearned, TextLimit.Long), (closeAnywayReason, TextLimit.Long));

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
        RequireMoveOn(CaseStep.CheckResults);
        Require(outcome.ObjectiveMet != ObjectiveMet.Yes, CaseRule.LoopNeedsUnmetObjective,
            "The objective was met: close the case instead of going around again.");
        RequireFits((outcome.HowItHelped, TextLimit.Long), (outcome.LessonsLearned, TextLimit.Long));
        _outcomes.Add(new LoopOutcome(Loop, outcome, closedCase: false, closeAnywayReason: null, by.AtUtc));
        Loop++;
        MoveTo(CaseStep.Facts, by, $"Loop {Loop}", CaseEvent.NewLoopStarted);
    }
}
