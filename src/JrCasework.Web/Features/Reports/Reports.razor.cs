using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Reports;

/// <summary>
/// HR's report page: a period (a preset or dates of one's own) and a unit of their scope, the figures, and
/// links to the CSV export and the print view of exactly that selection. The figures are read once the page
/// is interactive; every read goes through <see cref="ReportQueries"/>, which checks the caller on the server.
/// </summary>
public sealed partial class Reports
{
    /// <summary>The period the page opens with.</summary>
    public const PeriodPreset DefaultPreset = PeriodPreset.Last12Months;

    private static readonly PeriodPreset[] Presets = Enum.GetValues<PeriodPreset>();

    private IReadOnlyList<UnitOption> _units = [];
    private CaseReport? _report;
    private ReportPeriod? _period;
    private PeriodPreset _preset = DefaultPreset;
    private DateRange _range = new();
    private int? _unitId;
    private bool _loading;
    private bool _denied;
    private int _loads;
    private MudDateRangePicker? _rangePicker;

    [Inject]
    private ReportQueries Queries { get; set; } = default!;

    private DateTime TodayAsDateTime => Queries.Today.ToDateTime(TimeOnly.MinValue);

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        try
        {
            _units = await Queries.UnitsAsync();
            _unitId = _units.FirstOrDefault()?.Id;
        }
        catch (AccessDeniedException)
        {
            _denied = true;
            return;
        }

        await ShowAsync(ReportPeriod.Of(DefaultPreset, Queries.Today));
    }

    private async Task PresetChangedAsync(PeriodPreset preset)
    {
        if (preset != PeriodPreset.Custom)
        {
            await ShowAsync(ReportPeriod.Of(preset, Queries.Today));
        }
        else if (_rangePicker is not null)
        {
            // "Custom" is the dates of one's own: open the calendar to choose them.
            _preset = PeriodPreset.Custom;
            await _rangePicker.OpenAsync();
        }
    }

    private Task RangeChangedAsync(DateRange? range) =>
        range?.Start is { } start && range.End is { } end
            ? ShowAsync(new ReportPeriod(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end)))
            : Task.CompletedTask;

    private Task UnitChangedAsync(int? unitId)
    {
        _unitId = unitId;
        return ShowAsync(_period!);
    }

    private async Task ShowAsync(ReportPeriod period)
    {
        _period = period;
        _preset = period.PresetOn(Queries.Today);
        _range = new DateRange(period.From.ToDateTime(TimeOnly.MinValue), period.To.ToDateTime(TimeOnly.MinValue));

        // A second change before the first answer arrives wins.
        var load = ++_loads;
        _loading = true;
        try
        {
            var report = await Queries.LoadAsync(period, _unitId);
            if (load == _loads)
            {
                _report = report;
                _loading = false;
            }
        }
        catch (AccessDeniedException)
        {
            // The role or the unit was taken away since the page opened: show no more figures.
            _denied = true;
        }
    }
}
