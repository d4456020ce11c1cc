using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Opening;

/// <summary>
/// The new-case form: employees of the supervisor's own team, category, how it reached them, title and
/// objective. It checks that nothing required is missing, then hands the request to <see cref="Submit"/>.
/// </summary>
public sealed partial class NewCaseForm
{
    /// <summary>Where the objective's draft is kept until the case is opened.</summary>
    public const string DraftKey = "case:new:objective";

    private readonly HashSet<int> _employeeIds = [];
    private string? _title;
    private int? _categoryId;
    private ProblemOrigin? _origin;
    private string? _objective;
    private bool _submitted;
    private string? _failure;

    /// <summary>The supervisor's team: the only employees a case may be about.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TeamMember> Employees { get; set; } = [];

    /// <summary>The categories to choose from (active ones only).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<CategoryOption> Categories { get; set; } = [];

    /// <summary>Opens the case (and forgets the objective's draft); returns null when done, or why it failed in the user's language.</summary>
    [Parameter, EditorRequired]
    public Func<NewCase, Task<string?>> Submit { get; set; } = default!;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private string? EmployeeError => _submitted && _employeeIds.Count == 0 ? C["New.EmployeeRequired"].Value : null;

    private string? TitleError => _submitted && string.IsNullOrWhiteSpace(_title) ? C["New.TitleRequired"].Value : null;

    private string? CategoryError => _submitted && _categoryId is null ? C["New.CategoryRequired"].Value : null;

    private string? OriginError => _submitted && _origin is null ? C["New.OriginRequired"].Value : null;

    private bool IsValid => _employeeIds.Count > 0 && !string.IsNullOrWhiteSpace(_title) && _categoryId is not null && _origin is not null;

    private void ToggleEmployee(int employeeId, bool chosen)
    {
        if (chosen)
        {
            _employeeIds.Add(employeeId);
        }
        else
        {
            _employeeIds.Remove(employeeId);
        }
    }

    private string CategoryName(int? categoryId) =>
        Categories.FirstOrDefault(c => c.Id == categoryId)?.NameIn(Language) ?? "";

    private async Task SubmitAsync()
    {
        _submitted = true;
        _failure = null;
        if (!IsValid || Busy)
        {
            return;
        }

        await WhileBusyAsync(async () =>
        {
            var objective = string.IsNullOrWhiteSpace(_objective) ? null : _objective.Trim();
            _failure = await Submit(new NewCase(_title!.Trim(), _categoryId!.Value, _origin!.Value, objective, [.. _employeeIds]));
        });
    }
}
