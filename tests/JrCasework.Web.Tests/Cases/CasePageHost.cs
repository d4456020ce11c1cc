using Microsoft.AspNetCore.Components.Rendering;

namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// Hosts a part of the case page as <see cref="CasePage"/> does: the editor cascaded as a changing value, and the whole
/// page rendered again when the editor changes (busy, saved, refused), so the parts see the render order of the real
/// page and not only their own.
/// </summary>
public sealed class CasePageHost : ComponentBase
{
    [Parameter, EditorRequired]
    public CaseEditor Session { get; set; } = default!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>
    /// An editor whose changes apply to <paramref name="case"/> in memory. With <paramref name="roundTrip"/>, like the
    /// real save, the change answers after a round trip (the save is awaited before the page renders).
    /// </summary>
    public static CaseEditor EditorFor(
        JrCase @case,
        Actor by,
        DateOnly today,
        IStringLocalizer<CaseResource> text,
        bool canChange = true,
        IReadOnlyList<ManagerOption>? managers = null,
        bool roundTrip = false) => new()
        {
            Case = @case,
            CanChange = canChange,
            Categories = [new CategoryOption(1, "Punctuality", "Stiptheid", true)],
            Managers = managers ?? [new ManagerOption("user-ahmed", "Ahmed Yilmaz")],
            Today = today,
            Language = "en",
            Save = async (_, change) =>
            {
                if (roundTrip)
                {
                    await Task.Yield();
                }

                try
                {
                    change(@case, by);
                    return null;
                }
                catch (CaseRuleException refusal)
                {
                    return text.Reason(refusal, @case);
                }
            },
        };

    protected override void OnInitialized() => Session.Changed = StateHasChanged;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CascadingValue<CaseEditor>>(0);
        builder.AddComponentParameter(1, nameof(CascadingValue<CaseEditor>.Value), Session);
        builder.AddComponentParameter(2, nameof(CascadingValue<CaseEditor>.IsFixed), false);
        builder.AddComponentParameter(3, nameof(CascadingValue<CaseEditor>.ChildContent), ChildContent);
        builder.CloseComponent();
    }
}

/// <summary>Renders a part of the case page inside <see cref="CasePageHost"/>.</summary>
public static class CasePageHostExtensions
{
    public static IRenderedComponent<T> RenderOnPage<T>(this BunitContext context, CaseEditor editor, Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent =>
        context.Render<CasePageHost>(p => p.Add(h => h.Session, editor).AddChildContent(parameters ?? (_ => { }))).FindComponent<T>();
}
