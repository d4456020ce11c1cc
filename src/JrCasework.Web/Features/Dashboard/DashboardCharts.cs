namespace JrCasework.Web.Features.Dashboard;

/// <summary>The dashboard's chart colours and axis steps, so the charts read alike.</summary>
internal static class DashboardCharts
{
    public const string Overdue = "#b3261e";
    public const string DueThisWeek = "#e0a000";
    public const string OnTime = "#2e7d32";
    public const string Late = "#e0a000";
    public const string Missed = "#b3261e";

    /// <summary>Time in step, from fresh to long waiting.</summary>
    public static readonly string[] Bands = ["#9ccbd9", "#3f8aa6", "#e0a000", "#b3261e"];

    /// <summary>A step between the vertical axis lines that gives about five lines, in round numbers.</summary>
    public static int AxisStep(double max)
    {
        foreach (var step in new[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 })
        {
            if (max / step <= 6)
            {
                return step;
            }
        }

        return (int)Math.Ceiling(max / 5);
    }
}
