using JrCasework.Web.Features.Cases;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Privacy;

/// <summary>Loads the case's hold through <see cref="LegalHolds"/> (access checked there) once the page is interactive.</summary>
public sealed partial class LegalHoldPanel
{
    private HoldState? _state;
    private bool _editing;
    private bool _busy;
    private string? _reason;
    private string? _error;
    private string? _announcement;
    private (int Id, Guid Version)? _loaded;

    /// <summary>The case as the case page last loaded it.</summary>
    [Parameter, EditorRequired]
    public JrCase Case { get; set; } = default!;

    [Inject]
    private LegalHolds Holds { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PrivacyResource> P { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || _loaded == (Case.Id, Case.Version))
        {
            return;
        }

        _loaded = (Case.Id, Case.Version);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _state = await Holds.GetAsync(Case.Id);
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _state = null;
        }
    }

    private void Start()
    {
        _editing = true;
        _reason = null;
        _error = null;
    }

    private void Cancel() => _editing = false;

    private async Task SubmitAsync()
    {
        var lifting = _state!.IsOnHold;
        _busy = true;
        try
        {
            await (lifting ? Holds.LiftAsync(Case.Id, _reason ?? "") : Holds.PlaceAsync(Case.Id, _reason ?? ""));
            _editing = false;
            _announcement = P[lifting ? "Hold.Lifted" : "Hold.Placed"];
            await LoadAsync();
        }
        catch (CaseRuleException refusal)
        {
            _error = C.Reason(refusal);
        }
        catch (CaseConflictException)
        {
            _error = P["Hold.Conflict"];
            await LoadAsync();
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _error = P["Hold.NoAccess"];
        }
        finally
        {
            _busy = false;
        }
    }
}
