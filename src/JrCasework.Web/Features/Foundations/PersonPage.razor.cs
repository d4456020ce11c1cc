using JrCasework.Domain.Foundations;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Foundations;

/// <summary>
/// One team member as the supervisor knows them: the four foundations, every moment logged with them,
/// and the supervisor's own cases about them. Another supervisor's person is refused by the service.
/// </summary>
public sealed partial class PersonPage
{
    private PersonView? _view;
    private IReadOnlyList<TeamRow> _people = [];
    private MomentDialog? _dialog;
    private bool _denied;

    [Parameter]
    public int EmployeeId { get; set; }

    [Inject]
    private FoundationService Foundations { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    private DateOnly Today => UserClock.Today;

    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _view = null;
        _denied = false;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _view = await Foundations.PersonAsync(EmployeeId);
            _people = [_view.Row];
        }
        catch (AccessDeniedException)
        {
            _denied = true;
        }
    }

    private void Log(Foundation? foundation) => _dialog?.Open(foundation, [EmployeeId]);
}
