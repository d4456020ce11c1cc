using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Cases;
using JrCasework.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// Hosts a step as <see cref="CasePage"/> does: the session cascaded as a changing value, and the whole page rendered
/// again after a saved change that took a round trip (the save is awaited before the page renders), so the steps see
/// the render order of the real page and not only their own.
/// </summary>
public sealed class CasePageHost : ComponentBase
{
    [Parameter, EditorRequired]
    public CaseSession Session { get; set; } = default!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>A session whose changes apply to <paramref name="case"/> in memory and then render the host again, as the page does.</summary>
    public static CaseSession SessionFor(JrCase @case, Actor by, DateOnly today, IStringLocalizer<CaseResource> text, Func<CasePageHost?> host) => new()
    {
        Case = @case,
        CanChange = true,
        Categories = [new CategoryOption(1, "Punctuality", "Stiptheid", true)],
        Managers = [new ManagerOption("user-ahmed", "Ahmed Yilmaz")],
        Today = today,
        Language = "en",
        ApplyAsync = async (_, change) =>
        {
            // The real save reaches the database first; the page renders when it answers.
            await Task.Yield();
            try
            {
                change(@case, by);
            }
            catch (CaseRuleException refusal)
            {
                return text.Reason(refusal, @case);
            }

            host()?.PageChanged();
            return null;
        },
    };

    private void PageChanged() => StateHasChanged();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CascadingValue<CaseSession>>(0);
        builder.AddComponentParameter(1, nameof(CascadingValue<CaseSession>.Value), Session);
        builder.AddComponentParameter(2, nameof(CascadingValue<CaseSession>.IsFixed), false);
        builder.AddComponentParameter(3, nameof(CascadingValue<CaseSession>.ChildContent), ChildContent);
        builder.CloseComponent();
    }
}
