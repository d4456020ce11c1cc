using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps.CheckResults;

public sealed partial class FollowUpScheduler
{
    private string? _preset;
    private DateTime? _first;
    private int? _every;
    private RecurrenceUnit _unit = RecurrenceUnit.Weeks;
    private int? _count;
    private DateTime? _until;

    [Inject]
    private WorkingWeek WorkingWeek { get; set; } = default!;

    /// <summary>The usual rhythms: soon after acting, a short series, monthly, and the long-range check (seed 004).</summary>
    private static IReadOnlyList<Preset> Presets { get; } =
    [
        new("1w", "Schedule.Preset.1w", t => (t.AddDays(7), null, null)),
        new("2w", "Schedule.Preset.2w", t => (t.AddDays(14), null, null)),
        new("1w-2w-3", "Schedule.Preset.1w2w3", t => (t.AddDays(7), 2, 3)),
        new("1m-monthly-3", "Schedule.Preset.1mMonthly3", t => (t.AddMonths(1), 4, 3)),
        new("6m", "Schedule.Preset.6m", t => (t.AddMonths(6), null, null)),
    ];

    private Recurrence? Recurrence => _every is { } every
        ? new Recurrence(every, _unit, _count, _until is { } until ? DateOnly.FromDateTime(until) : null)
        : null;

    /// <summary>What the schedule button will plan, in words.</summary>
    private string? Summary
    {
        get
        {
            if (_first is not { } first)
            {
                return null;
            }

            var date = DateText.DayAndDate(DateOnly.FromDateTime(first));
            return Recurrence switch
            {
                null => C["Schedule.Summary.Once", date],
                { Count: { } count } r => C["Schedule.Summary.Count", date, r.Every, UnitName(r.Unit), count],
                { Until: { } until } r => C["Schedule.Summary.Until", date, r.Every, UnitName(r.Unit), DateText.DayAndDate(until)],
                _ => C["Schedule.Summary.NoEnd", date],
            };
        }
    }

    private string UnitName(RecurrenceUnit unit) => C[$"Schedule.Unit.{unit}"];

    private void Use(Preset preset)
    {
        var (first, everyWeeks, count) = preset.Make(Editor.Today);
        _preset = preset.Id;

        // A suggestion lands on a working day; its repeats, whole weeks apart, then do too.
        _first = WorkingWeek.OnOrAfter(first).ToDateTime(TimeOnly.MinValue);
        _every = everyWeeks;
        _unit = RecurrenceUnit.Weeks;
        _count = count;
        _until = null;
    }

    private void FirstChanged(DateTime? value)
    {
        _first = value;
        _preset = null;
    }

    private void EveryChanged(int? value)
    {
        _every = value;
        _preset = null;
    }

    private void UnitChanged(RecurrenceUnit value)
    {
        _unit = value;
        _preset = null;
    }

    private void CountChanged(int? value)
    {
        _count = value;
        _preset = null;
    }

    private void UntilChanged(DateTime? value)
    {
        _until = value;
        _preset = null;
    }

    private async Task ScheduleAsync()
    {
        var first = DateOnly.FromDateTime(_first!.Value);
        var recurrence = Recurrence;
        if (await Apply("schedule", AuditActions.Change.ScheduleFollowUps, (c, by) => c.ScheduleFollowUps(first, recurrence, by)))
        {
            _preset = null;
            _first = null;
            _every = null;
            _count = null;
            _until = null;
        }
    }

    private sealed record Preset(string Id, string TextKey, Func<DateOnly, (DateOnly First, int? EveryWeeks, int? Count)> Make);
}
