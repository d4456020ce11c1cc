using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// The case page: loads the case through <see cref="CaseService"/> (access checked and audited there),
/// shows the step rail and the selected step, and applies every change through the service. The open step is
/// in the address (<c>/cases/12?step=facts</c>), so Back and bookmarks work; a save elsewhere (another tab,
/// another user) reloads the case in place, where the forms keep what the user typed.
/// </summary>
public sealed partial class CasePage : IDisposable
{
    /// <summary>The step names in the address; anything else opens the current step.</summary>
    private static readonly IReadOnlyDictionary<CaseStep, string> StepNames = new Dictionary<CaseStep, string>
    {
        [CaseStep.Objective] = "objective",
        [CaseStep.Facts] = "facts",
        [CaseStep.WeighAndDecide] = "weigh",
        [CaseStep.TakeAction] = "action",
        [CaseStep.CheckResults] = "check",
        [CaseStep.Closed] = "closed",
    };

    private CaseEditor? _editor;
    private CaseStep _selected;
    private bool _notFound;
    private bool _saving;
    private DateTime? _savedAt;

    [Parameter]
    public int Id { get; set; }

    /// <summary>The step to show, from the address.</summary>
    [SupplyParameterFromQuery(Name = "step")]
    public string? Step { get; set; }

    [Inject]
    private CaseService Cases { get; set; } = default!;

    [Inject]
    private CaseQueries Queries { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private CaseChanges Changes { get; set; } = default!;

    /// <summary>The panels other features show under the case (HR's review).</summary>
    [Inject]
    private IEnumerable<CasePanel> Panels { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (RendererInfo.IsInteractive)
        {
            Changes.Saved += OnSavedElsewhere;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // Loaded once, when the page is live: prerendering would read (and audit) the case a second time
        // and put its content into the prerendered HTML. A new step in the address only changes what is shown.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        if (_editor?.Case.Id != Id)
        {
            await LoadAsync();
        }

        if (_editor is not null)
        {
            _selected = StepInAddress(_editor.Case);
            _editor.Error = null;
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            var (@case, canChange) = await Cases.ReadAsync(Id);
            _editor = new CaseEditor
            {
                Case = @case,
                CanChange = canChange,
                Categories = await Queries.CategoriesAsync(),
                Managers = canChange ? await Queries.MyManagersAsync() : [],
                Today = UserClock.Today,
                Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                Save = SaveAsync,
                Changed = StateHasChanged,
                ReloadAsync = ReloadAsync,
            };
            _notFound = false;
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _editor = null;
            _notFound = true;
        }
    }

    /// <summary>The step named in the address, if the case has reached it; otherwise the current step.</summary>
    private CaseStep StepInAddress(JrCase @case)
    {
        var named = StepNames.FirstOrDefault(s => string.Equals(s.Value, Step, StringComparison.OrdinalIgnoreCase));
        return named.Value is not null && named.Key <= @case.Step ? named.Key : @case.Step;
    }

    /// <summary>Opens a step through the address, so Back returns to the step before.</summary>
    private void Open(CaseStep step) => Navigation.NavigateTo($"cases/{Id}?step={StepNames[step]}");

    /// <summary>Saves one change through <see cref="CaseService"/>; a move to another step opens that step.</summary>
    private async Task<string?> SaveAsync(string action, Action<JrCase, Actor> change)
    {
        var session = _editor!;
        var stepBefore = session.Case.Step;
        _saving = true;
        try
        {
            session.Case = await Cases.ChangeAsync(session.Case.Id, session.Case.Version, action, change);
            _savedAt = UserClock.Now;
            if (session.Case.Step != stepBefore)
            {
                _selected = session.Case.Step;
                Open(session.Case.Step);
            }

            StateHasChanged();
            return null;
        }
        catch (CaseRuleException refusal)
        {
            return C.Reason(refusal, session.Case);
        }
        catch (CaseConflictException)
        {
            session.HasConflict = true;
            return C["Conflict.Title"];
        }
        finally
        {
            _saving = false;
        }
    }

    private Task ReturnHereAsync()
    {
        var target = _selected;
        return _editor!.ApplyAsync("return-here", AuditActions.Change.ReturnToStep, (c, by) => c.ReturnToStep(target, by));
    }

    /// <summary>Loads the latest version in place: the step components stay, and so does what their forms hold.</summary>
    private async Task ReloadAsync()
    {
        if (_editor is not { } session)
        {
            return;
        }

        try
        {
            session.Case = await Cases.GetAsync(Id);
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _editor = null;
            _notFound = true;
            StateHasChanged();
            return;
        }

        session.HasConflict = false;
        session.Today = UserClock.Today;
        if (_selected > session.Case.Step)
        {
            _selected = session.Case.Step;
        }

        StateHasChanged();
    }

    /// <summary>Called on the saving circuit's thread: a save of this case by another page reloads this one.</summary>
    private void OnSavedElsewhere(int caseId, Guid version)
    {
        if (caseId != Id || _saving || _editor is not { } session || session.Case.Version == version)
        {
            return;
        }

        _ = InvokeAsync(ReloadAsync);
    }

    public void Dispose() => Changes.Saved -= OnSavedElsewhere;
}
