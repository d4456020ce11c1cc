using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// A part of the case page: it gets the cascaded <see cref="CaseEditor"/>, shows the case from it, and changes the
/// case only through <see cref="Apply"/>. No part receives the case, a save function, busy or a refusal as parameters.
/// </summary>
public abstract class CasePart : ComponentBase
{
    [CascadingParameter]
    public CaseEditor Editor { get; set; } = default!;

    protected JrCase Case => Editor.Case;

    /// <summary>The owner of an open case may change it.</summary>
    protected bool CanEdit => Editor.CanEdit;

    protected bool Busy => Editor.Busy;

    protected StepError? Error => Editor.Error;

    /// <summary>Applies a change from the form <paramref name="at"/>: true when saved; when refused, the reason shows at that form.</summary>
    protected Task<bool> Apply(string at, string action, Action<JrCase, Actor> change) => Editor.ApplyAsync(at, action, change);
}
