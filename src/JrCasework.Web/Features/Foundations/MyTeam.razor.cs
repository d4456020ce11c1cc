using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Foundations;

/// <summary>
/// "My team": the supervisor's people and the four foundations, with the log dialog two clicks away.
/// Read once the page is interactive, so a visit reads (and audits) the team once, not twice.
/// </summary>
public sealed partial class MyTeam
{
    private IReadOnlyList<TeamRow>? _rows;
    private MomentDialog? _dialog;

    [Inject]
    private FoundationService Foundations { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    private DateOnly Today => UserClock.Today;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync() => _rows = await Foundations.MyTeamAsync();

    private void LogEmpty() => _dialog?.Open(null, []);

    private void LogCell(FoundationCell cell) => _dialog?.Open(cell.Foundation, [cell.EmployeeId]);
}
