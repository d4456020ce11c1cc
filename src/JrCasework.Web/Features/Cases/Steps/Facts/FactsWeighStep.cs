using JrCasework.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps.Facts;

/// <summary>A refusal of the domain and the form it came from, so it is shown next to that form only.</summary>
public sealed record StepRefusal(string At, string Message);

/// <summary>How a part of step 1 or 2 applies a change: where (for the refusal), the audit action name, the domain call. True when saved.</summary>
public delegate Task<bool> StepChange(string at, string action, Action<JrCase, Actor> change);

/// <summary>
/// The common part of steps 1 and 2: the case session, whether the user may change it, and one way to
/// apply a change that keeps the refusal next to the form it came from.
/// </summary>
public abstract class FactsWeighStep : ComponentBase
{
    [CascadingParameter]
    public CaseSession Session { get; set; } = default!;

    protected StepRefusal? Refusal { get; private set; }

    protected bool Busy { get; private set; }

    /// <summary>Only the owner of an open case changes it; facts and possible actions can still be corrected in a later step.</summary>
    protected bool CanEdit => Session.CanChange && !Session.Case.IsClosed;

    protected async Task<bool> ApplyAsync(string at, string action, Action<JrCase, Actor> change)
    {
        Busy = true;
        Refusal = null;
        StateHasChanged();
        try
        {
            var refusal = await Session.ApplyAsync(action, change);
            Refusal = refusal is null ? null : new StepRefusal(at, refusal);
            return refusal is null;
        }
        finally
        {
            Busy = false;
            StateHasChanged();
        }
    }
}
