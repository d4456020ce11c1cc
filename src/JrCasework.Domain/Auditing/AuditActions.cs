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

    /// <summary>HR's list of cases on legal hold (names the cases it showed).</summary>
    public const string HoldsList = "holds.list";

    /// <summary>A case was asked for by someone who may not see it (or not change it): the attempt, refused.</summary>
    public const string CaseRefused = "case.refused";

    /// <summary>The audit trail was searched (the detail says by what), exported, or its chain verified.</summary>
    public const string AuditSearch = "audit.search";
    public const string AuditExport = "audit.export";
    public const string AuditVerify = "audit.verify";

    /// <summary>Administrative changes (by an administrator) and the confirmations of roles (by HR): each names its subject.</summary>
    public static class Admin
    {
        public const string UserCreate = "admin.user.create";
        public const string UserUpdate = "admin.user.update";
        public const string UserRole = "admin.user.role";
        public const string UserRoleRequest = "admin.user.role.request";
        public const string UserDisable = "admin.user.disable";
        public const string UserEnable = "admin.user.enable";
        public const string UserPassword = "admin.user.password";

        /// <summary>How a user may sign in changed: the detail is "single-sign-on" (only through it) or "any".</summary>
        public const string UserSignIn = "admin.user.sign-in";
        public const string RoleConfirm = "hr.role.confirm";
        public const string RoleRefuse = "hr.role.refuse";
        public const string OrgUnitAdd = "admin.orgunit.add";
        public const string OrgUnitUpdate = "admin.orgunit.update";
        public const string OrgUnitDelete = "admin.orgunit.delete";
        public const string EmployeeAdd = "admin.employee.add";
        public const string EmployeeEdit = "admin.employee.edit";
        public const string EmployeeLeft = "admin.employee.left";
        public const string EmployeeRejoin = "admin.employee.rejoin";
        public const string EmployeeImport = "admin.employee.import";
        public const string CategoryAdd = "admin.category.add";
        public const string CategoryRename = "admin.category.rename";
        public const string CategoryActivate = "admin.category.activate";
        public const string CategoryDeactivate = "admin.category.deactivate";
        public const string CategoryMove = "admin.category.move";

        /// <summary>A category's retention changed; the detail is the new number of months.</summary>
        public const string CategoryRetention = "admin.category.retention";
        public const string MailRetry = "admin.mail.retry";
    }

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
