using JrCasework.Domain.Cases;

namespace JrCasework.Web.Features.Cases.Steps;

public sealed partial class ActionStep
{
    private ActionPlan? Plan => Session.Case.CurrentPlan;

    /// <summary>Don't pass the buck: applies while who, when, or the explanation is missing.</summary>
    private bool PlanIncomplete =>
        Plan is null || string.IsNullOrWhiteSpace(Plan.When) || string.IsNullOrWhiteSpace(Plan.ExplanationToEmployee);

    private IReadOnlyList<(string, bool)> Prompts =>
    [
        (C["Prompt.Action.Who"], Plan is not null),
        (C["Prompt.Action.Timing"], !string.IsNullOrWhiteSpace(Plan?.When)),
        (C["Prompt.Action.Explain"], !string.IsNullOrWhiteSpace(Plan?.ExplanationToEmployee)),
    ];

    private Task StartCheckingAsync() => ApplyAsync("forward", "check.start", (c, by) => c.StartCheckingResults(by));
}
