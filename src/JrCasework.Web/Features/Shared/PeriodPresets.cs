namespace JrCasework.Web.Features.Shared;

/// <summary>The periods HR picks from in the outcome list and the reports.</summary>
public enum PeriodPreset
{
    ThisQuarter,
    LastQuarter,
    Last12Months,
    Custom,
}

/// <summary>The days of a preset period on a given day, both inclusive.</summary>
public static class PeriodPresets
{
    /// <summary>This quarter so far, the last whole quarter, or the twelve months up to today.</summary>
    public static (DateOnly From, DateOnly To) Range(PeriodPreset preset, DateOnly today)
    {
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return preset switch
        {
            PeriodPreset.ThisQuarter => (quarterStart, today),
            PeriodPreset.LastQuarter => (quarterStart.AddMonths(-3), quarterStart.AddDays(-1)),
            PeriodPreset.Last12Months => (today.AddMonths(-12).AddDays(1), today),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "A custom period has its own dates."),
        };
    }
}
