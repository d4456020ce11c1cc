using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Dashboard;

/// <summary>
/// The manager's start page. The figures are read once the page is interactive (not twice, for the
/// prerender and the circuit); every read goes through <see cref="DashboardQueries"/>, which checks the
/// caller on the server.
/// </summary>
public sealed partial class Dashboard
{
    /// <summary>The completion period the page opens with.</summary>
    public const int DefaultPeriodDays = 90;

    private ManagerDashboard? _dashboard;
    private DrillDownResult? _drillDown;
    private bool _drillDownLoading;
    private bool _denied;
    private int _drillDowns;

    [Inject]
    private DashboardQueries Queries { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        try
        {
            _dashboard = await Queries.LoadAsync(CompletionPeriod.LastDays(Queries.Today, DefaultPeriodDays));
        }
        catch (AccessDeniedException)
        {
            _denied = true;
        }
    }

    private async Task PeriodChangedAsync(CompletionPeriod period)
    {
        try
        {
            var completion = await Queries.CompletionAsync(period);
            _dashboard = _dashboard! with { Completion = completion };
            if (_drillDown?.Request is CompletionDrillDown)
            {
                CloseDrillDown();
            }
        }
        catch (AccessDeniedException)
        {
            _denied = true;
        }
    }

    private async Task DrillDownAsync(DrillDown request)
    {
        // A second click before the first answer arrives wins.
        var load = ++_drillDowns;
        _drillDownLoading = true;
        _drillDown = new DrillDownResult(request, 0, []);
        try
        {
            var result = await Queries.DrillDownAsync(request);
            if (load == _drillDowns)
            {
                _drillDown = result;
                _drillDownLoading = false;
            }
        }
        catch (AccessDeniedException)
        {
            // The role was taken away since the page opened: show no more figures.
            _denied = true;
        }
    }

    private void CloseDrillDown()
    {
        _drillDowns++;
        _drillDown = null;
        _drillDownLoading = false;
    }
}
