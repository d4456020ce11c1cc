using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Tests.Cases;

/// <summary>A part of the case page under test: live (interactive), with the drafts store the forms keep their text in.</summary>
public abstract class CasePartTest : ComponentTest
{
    protected CasePartTest()
    {
        Services.AddScoped<DraftStore>();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>The case page's texts, in the culture of the test.</summary>
    protected IStringLocalizer<CaseResource> CaseText => Services.GetRequiredService<IStringLocalizer<CaseResource>>();

    /// <summary>
    /// Renders <typeparamref name="T"/> inside <see cref="CasePageHost"/> with an editor whose changes apply to
    /// <paramref name="case"/> in memory, made by <paramref name="by"/> on <paramref name="today"/>.
    /// </summary>
    protected IRenderedComponent<T> RenderPart<T>(
        JrCase @case,
        Actor by,
        DateOnly today,
        Action<ComponentParameterCollectionBuilder<T>>? parameters = null,
        IReadOnlyList<ManagerOption>? managers = null,
        bool canChange = true)
        where T : IComponent =>
        this.RenderOnPage(CasePageHost.EditorFor(@case, by, today, CaseText, canChange, managers), parameters);
}
