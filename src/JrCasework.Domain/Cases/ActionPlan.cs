namespace JrCasework.Domain.Cases;

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
