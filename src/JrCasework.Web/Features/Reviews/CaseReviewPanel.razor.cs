using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Cases;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// Loads the review of a closed case through <see cref="ReviewService"/> (access checked and audited
/// there) once the page is interactive, and saves HR's changes. Renders nothing for an open case or
/// for a reader who may not see the review.
/// </summary>
public sealed partial class CaseReviewPanel
{
    private ReviewPanelState? _state;
    private bool _conflict;
    private int? _loadedCaseId;

    /// <summary>The case as the case page last loaded it.</summary>
    [Parameter, EditorRequired]
    public JrCase Case { get; set; } = default!;

    [Inject]
    private ReviewService Reviews { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ReviewResource> R { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || !Case.IsClosed || _loadedCaseId == Case.Id)
        {
            return;
        }

        _loadedCaseId = Case.Id;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _state = await Reviews.GetAsync(Case.Id);
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _state = null;
        }
    }

    /// <summary>Called from the form's own event handler: this panel re-renders itself, so the form gets the saved review.</summary>
    private async Task<string?> SaveAsync(ReviewInput input)
    {
        try
        {
            var saved = await Reviews.SaveAsync(Case.Id, input, _state?.Review?.Version);
            _state = new ReviewPanelState(ReviewAudience.Hr, CaseIsClosed: true, saved);
            StateHasChanged();
            return null;
        }
        catch (CaseRuleException)
        {
            return R["Review.NotClosed"];
        }
        catch (ReviewConflictException)
        {
            _conflict = true;
            StateHasChanged();
            return R["Review.ConflictTitle"];
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            return R["Review.NoAccess"];
        }
    }

    private async Task ReloadAsync()
    {
        _conflict = false;
        await LoadAsync();
    }
}
