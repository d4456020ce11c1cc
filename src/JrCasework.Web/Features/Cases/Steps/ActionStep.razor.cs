namespace JrCasework.Web.Features.Cases.Steps;

public sealed partial class ActionStep
{
    private Task StartCheckingAsync() => Apply("forward", AuditActions.Change.StartChecking, (c, by) => c.StartCheckingResults(by));
}
