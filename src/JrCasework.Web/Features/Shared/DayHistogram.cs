namespace JrCasework.Web.Features.Shared;

/// <summary>A histogram of whole days (how many days, how many cases): the medians the dashboard and the reports show.</summary>
public static class DayHistogram
{
    /// <summary>The median, rounded down to whole days; null when the histogram counts no case.</summary>
    public static int? Median(IEnumerable<(int Days, int Count)> histogram)
    {
        var sorted = histogram.Where(b => b.Count > 0).OrderBy(b => b.Days).ToList();
        var total = sorted.Sum(b => b.Count);
        return total == 0 ? null : (Nth(sorted, (total - 1) / 2) + Nth(sorted, total / 2)) / 2;
    }

    /// <summary>The days of the case at <paramref name="index"/> (from 0) when the cases are lined up by days.</summary>
    private static int Nth(List<(int Days, int Count)> sorted, int index)
    {
        foreach (var (days, count) in sorted)
        {
            if (index < count)
            {
                return days;
            }

            index -= count;
        }

        return sorted[^1].Days;
    }
}
