using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// A page or dialog whose buttons are disabled while one of its changes runs. The flag is reset whatever happens,
/// so a refusal or an error never leaves the page looking busy.
/// </summary>
public abstract class BusyComponent : ComponentBase
{
    /// <summary>True while a change runs.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Runs <paramref name="work"/> with <see cref="Busy"/> set.</summary>
    protected async Task WhileBusyAsync(Func<Task> work)
    {
        Busy = true;
        try
        {
            await work();
        }
        finally
        {
            Busy = false;
        }
    }
}
