using JrCasework.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps;

/// <summary>
/// Where a refusal happened (which form) and what the domain said, so it is shown next to that form only;
/// <see cref="Conflict"/> when the case changed elsewhere since it was loaded.
/// </summary>
public sealed record StepError(string At, string Message, bool Conflict = false)
{
    /// <summary>The alert for the answer of <see cref="CaseSession.ApplyAsync"/> at form <paramref name="at"/>: null when it was saved.</summary>
    public static StepError? For(string at, string? refusal, CaseSession session) =>
        refusal is null ? null : new StepError(at, refusal, session.HasConflict);
}

/// <summary>
/// The common part of steps 3 and 4: the case session, and one way to apply a change that remembers
/// the refusal next to the form it came from. The parts of a step get <see cref="ApplyAsync"/> as a parameter.
/// </summary>
public abstract class CaseStepComponent : ComponentBase
{
    [CascadingParameter]
    public CaseSession Session { get; set; } = default!;

    protected StepError? Error { get; private set; }

    protected bool Busy { get; private set; }

    /// <summary>Only the owner of an open case changes it.</summary>
    protected bool CanEdit => Session.CanChange && !Session.Case.IsClosed;

    /// <summary>Applies a change through the domain; true when saved, false when refused (the reason is kept in <see cref="Error"/>).</summary>
    protected async Task<bool> ApplyAsync(string at, string action, Action<JrCase, Actor> change)
    {
        Busy = true;
        Error = null;
        try
        {
            var refusal = await Session.ApplyAsync(action, change);
            Error = StepError.For(at, refusal, Session);
            return refusal is null;
        }
        finally
        {
            Busy = false;
            StateHasChanged();
        }
    }
}

/// <summary>How a part of a step applies a change: where (for the refusal), the audit action name, the domain call.</summary>
public delegate Task<bool> StepApply(string at, string action, Action<JrCase, Actor> change);
