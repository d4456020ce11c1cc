namespace JrCasework.Domain.Auditing;

/// <summary>
/// The names of audited actions, as they are stored in <see cref="AuditRecord.Action"/>. Reports over the audit trail
/// count on these strings: rename none of them.
/// </summary>
public static class AuditActions
{
    public const string CaseOpen = "case.open";
    public const string CaseRead = "case.read";
    public const string CaseList = "case.list";
    public const string SimilarCasesRead = "case.similar.read";
    public const string ReviewRead = "case.review.read";
    public const string ReviewWrite = "case.review.write";
    public const string OutcomesList = "outcomes.list";
    public const string OutcomesExport = "outcomes.export";
    public const string ReportView = "report.view";
    public const string ReportExport = "report.export";
    public const string FoundationTeamRead = "foundation.team.read";
    public const string FoundationLog = "foundation.log";
    public const string FoundationPersonRead = "foundation.person.read";

    /// <summary>The audit name of a change to a case: <c>case.</c> and the change's name, e.g. <c>case.fact.add</c>.</summary>
    public static string OfChange(string change) => "case." + change;

    /// <summary>The changes of a case, one per move of <c>JrCase</c>; recorded as <see cref="OfChange"/>.</summary>
    public static class Change
    {
        public const string Objective = "objective.change";
        public const string StartFacts = "facts.start";
        public const string AddFact = "fact.add";
        public const string EditFact = "fact.edit";
        public const string StartWeighing = "weigh.start";
        public const string AddPossibleAction = "action.add";
        public const string EditPossibleAction = "action.edit";
        public const string Decide = "decide";
        public const string PlanAction = "action.plan";
        public const string AddActionItem = "action.item.add";
        public const string CompleteActionItem = "action.item.complete";
        public const string StartChecking = "check.start";
        public const string ScheduleFollowUps = "followup.schedule";
        public const string RecordCheck = "followup.check";
        public const string RescheduleFollowUp = "followup.reschedule";
        public const string CancelFollowUp = "followup.cancel";
        public const string Close = "case.close";
        public const string StartNewLoop = "case.loop";
        public const string ReturnToStep = "step.return";
    }
}
