using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// A panel another feature shows under every case (HR's review of the outcome), registered at start-up. The case page
/// renders the registered panels with the case, so it does not depend on the features that make them.
/// </summary>
/// <param name="Component">A component with a <c>Case</c> parameter of type <see cref="Domain.Cases.JrCase"/>.</param>
public sealed record CasePanel(Type Component)
{
    public static CasePanel Of<T>()
        where T : IComponent => new(typeof(T));
}
