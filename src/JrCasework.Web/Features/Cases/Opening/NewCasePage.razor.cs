using System.Security.Claims;
using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Cases.Opening;

/// <summary>
/// Opens a case about the supervisor's own team. With an objective written, the case moves straight on to
/// step 1, so the supervisor lands on "1 Get the facts".
/// </summary>
public sealed partial class NewCasePage
{
    private IReadOnlyList<TeamMember>? _team;
    private IReadOnlyList<CategoryOption> _categories = [];

    [Inject]
    private TeamDirectory Team { get; set; } = default!;

    [Inject]
    private CaseQueries Queries { get; set; } = default!;

    [Inject]
    private CaseService Cases { get; set; } = default!;

    [Inject]
    private DraftStore Drafts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var userId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        _categories = [.. (await Queries.CategoriesAsync()).Where(c => c.IsActive)];
        _team = await Team.EmployeesOfSupervisorAsync(userId);
    }

    private async Task<string?> OpenAsync(NewCase request)
    {
        JrCase opened;
        try
        {
            opened = await Cases.OpenAsync(request);
        }
        catch (CaseRuleException refusal)
        {
            return C.Reason(refusal);
        }
        catch (AccessDeniedException)
        {
            return C["New.NotInTeam"];
        }
        catch (ArgumentException)
        {
            return C["New.CategoryInactive"];
        }

        if (!string.IsNullOrWhiteSpace(opened.Objective))
        {
            try
            {
                await Cases.ChangeAsync(opened.Id, opened.Version, AuditActions.Change.StartFacts, (c, by) => c.StartGettingFacts(by));
            }
            catch (CaseRuleException)
            {
                // The case is open either way; the objective step says what is missing.
            }
        }

        // The objective is saved with the case now; its draft would only resurface on the next new case.
        await Drafts.ClearAsync(NewCaseForm.DraftKey);
        Navigation.NavigateTo($"cases/{opened.Id}");
        return null;
    }
}
