using JrCasework.Domain.Reviews;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// HR's review form: yes, partly or no for the objective and each of the four steps, the advice the
/// supervisor reads, HR's own remarks, and whether the case is a good example. Every part must be
/// assessed before the review is saved.
/// </summary>
public sealed partial class CaseReviewForm
{
    /// <summary>The parts of the method HR assesses, named as on the card.</summary>
    internal static readonly CaseStep[] Parts =
        [CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults];

    private readonly Dictionary<CaseStep, Assessment?> _assessments = [];
    private string? _remarks;
    private string? _advice;
    private bool _goodExample;
    private string? _error;
    private DateTime? _savedAt;
    private Guid? _shownVersion;
    private bool _initialised;

    /// <summary>The saved review, or null when the case has not been reviewed yet.</summary>
    [Parameter]
    public CaseReviewView? Review { get; set; }

    [Parameter]
    public bool CaseIsClosed { get; set; } = true;

    /// <summary>Saves the review; returns null when saved, or why not in the user's language.</summary>
    [Parameter, EditorRequired]
    public Func<ReviewInput, Task<string?>> SaveAsync { get; set; } = default!;

    [Parameter]
    public bool Conflict { get; set; }

    [Parameter]
    public EventCallback OnReload { get; set; }

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    private string ReviewedByText =>
        Review is null
            ? R["Review.NotYet"]
            : Review.ReviewedAtUtc.Date == Review.FirstReviewedAtUtc.Date
                ? R["Review.ReviewedBy", Review.ReviewerName, UserClock.Date(Review.ReviewedAtUtc)]
                : $"{R["Review.ReviewedBy", Review.ReviewerName, UserClock.Date(Review.ReviewedAtUtc)]} ({R["Review.FirstOn", UserClock.Date(Review.FirstReviewedAtUtc)]})";

    protected override void OnParametersSet()
    {
        // A newly loaded (or reloaded) review replaces what the form shows; the same review keeps the user's edits.
        if (_initialised && Review?.Version == _shownVersion)
        {
            return;
        }

        _initialised = true;
        _shownVersion = Review?.Version;
        var assessment = Review?.Assessment;
        _assessments[CaseStep.Objective] = assessment?.Objective;
        _assessments[CaseStep.Facts] = assessment?.Facts;
        _assessments[CaseStep.WeighAndDecide] = assessment?.Weigh;
        _assessments[CaseStep.TakeAction] = assessment?.Action;
        _assessments[CaseStep.CheckResults] = assessment?.Check;
        _remarks = Review?.Remarks;
        _advice = Review?.Advice;
        _goodExample = Review?.IsGoodExample ?? false;
    }

    private Assessment? Get(CaseStep part) => _assessments.GetValueOrDefault(part);

    private void Set(CaseStep part, Assessment? value)
    {
        _assessments[part] = value;
        _error = null;
    }

    private async Task SaveClickedAsync()
    {
        _savedAt = null;
        if (Parts.Any(part => Get(part) is null))
        {
            _error = R["Review.AssessEveryPart"];
            return;
        }

        var problem = new[] { _remarks, _advice }.Select(text => TextLimit.Check(text, CaseReview.MaxTextLength)).Max();
        if (problem != TextProblem.None)
        {
            // The most serious first: a control character (nobody types one) before a length.
            _error = problem == TextProblem.TooLong ? R["Review.TooLong", CaseReview.MaxTextLength] : R["Review.UnusableCharacter"];
            return;
        }

        var input = new ReviewInput(
            new ReviewAssessment(
                Get(CaseStep.Objective)!.Value, Get(CaseStep.Facts)!.Value, Get(CaseStep.WeighAndDecide)!.Value,
                Get(CaseStep.TakeAction)!.Value, Get(CaseStep.CheckResults)!.Value),
            _remarks,
            _advice,
            _goodExample);
        await WhileBusyAsync(async () =>
        {
            _error = await SaveAsync(input);
        });

        if (_error is null)
        {
            _savedAt = UserClock.Now;
        }
    }

    private static Color ColorOf(Assessment assessment) => assessment switch
    {
        Assessment.Yes => Color.Success,
        Assessment.Partly => Color.Warning,
        _ => Color.Error,
    };
}
