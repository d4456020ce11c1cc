using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Features.Cases.Steps.TakeAction;

public sealed partial class ActionPlanForm
{
    private DraftTextField? _explanationDraft;
    private Handling? _handling;
    private string? _helper;
    private string? _managerId;
    private string? _when;
    private string? _where;
    private string? _explanation;

    protected override void OnInitialized()
    {
        if (Editor.Case.CurrentPlan is { } plan)
        {
            _handling = plan.Handling;
            _helper = plan.HelperName;
            _managerId = plan.ManagerUserId;
            _when = plan.When;
            _where = plan.Where;
            _explanation = plan.ExplanationToEmployee;
        }
    }

    private string ManagerName(string? userId) =>
        Editor.Managers.FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? "";

    private async Task SaveAsync()
    {
        if (_handling is not { } handling)
        {
            return;
        }

        var input = new ActionPlanInput(handling, _helper, _managerId, _when, _where, _explanation);
        if (await Apply("plan", AuditActions.Change.PlanAction, (c, by) => c.PlanAction(input, by)))
        {
            await _explanationDraft!.ForgetAsync();
        }
    }
}
