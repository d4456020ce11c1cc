using System.Globalization;
using JrCasework.Domain.Cases;
using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Shared;
using JrCasework.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// The case page: loads the case through <see cref="CaseService"/> (access checked and audited there),
/// shows the step rail and the selected step, and applies every change through the service.
/// </summary>
public sealed partial class CasePage
{
    private CaseSession? _session;
    private CaseStep _selected;
    private bool _notFound;
    private bool _conflict;
    private DateTime? _savedAt;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private CaseService Cases { get; set; } = default!;

    [Inject]
    private CaseQueries Queries { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // Loaded once, when the page is live: prerendering would read (and audit) the case a second time
        // and put its content into the prerendered HTML.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        try
        {
            var @case = await Cases.GetAsync(Id);
            var user = (await AuthenticationState).User;
            var isOwner = user.IsInRole(Roles.Supervisor) && @case.OwnerUserId == user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            _session = new CaseSession
            {
                Case = @case,
                CanChange = isOwner,
                Categories = await Queries.CategoriesAsync(),
                Managers = isOwner ? await Queries.MyManagersAsync() : [],
                Today = UserClock.Today,
                Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                ApplyAsync = ApplyAsync,
            };
            _selected = @case.Step;
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _notFound = true;
        }
    }

    private async Task<string?> ApplyAsync(string action, Action<JrCase, Actor> change)
    {
        var session = _session!;
        var stepBefore = session.Case.Step;
        try
        {
            session.Case = await Cases.ChangeAsync(session.Case.Id, session.Case.Version, action, change);
            _savedAt = UserClock.Now;
            if (session.Case.Step != stepBefore)
            {
                _selected = session.Case.Step;
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
            _conflict = true;
            StateHasChanged();
            return C["Conflict.Title"];
        }
    }

    private async Task ReturnHereAsync()
    {
        var target = _selected;
        await ApplyAsync("step.return", (c, by) => c.ReturnToStep(target, by));
    }

    private void Reload() => Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
}
