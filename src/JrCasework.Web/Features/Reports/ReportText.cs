using System.Globalization;
using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Web.Features.Reports;

/// <summary>The report's figures as text in the user's culture; a figure the report does not give is a dash.</summary>
internal static class ReportText
{
    public const string None = "–";

    public static string Percent(double? share) => share?.ToString("P0", CultureInfo.CurrentCulture) ?? None;

    public static string Days(double? days) => days?.ToString("N1", CultureInfo.CurrentCulture) ?? None;

    public static string Days(int? days) => days?.ToString("N0", CultureInfo.CurrentCulture) ?? None;
}

/// <summary>The report's chart colours: from proactive and good (green) to reactive or missed (red), as on the dashboard.</summary>
internal static class ReportCharts
{
    public const string Good = DashboardCharts.OnTime;
    public const string Blue = "#3f8aa6";
    public const string LightBlue = "#9ccbd9";
    public const string Amber = DashboardCharts.Late;
    public const string Red = DashboardCharts.Missed;

    public static readonly string[] Origins = [Good, Blue, LightBlue, Amber];
    public static readonly string[] Outcomes = [Good, Amber, Red];
    public static readonly string[] Loops = [Blue, LightBlue, Amber];
    public static readonly string[] CloseBands = DashboardCharts.Bands;
    public static readonly string[] FollowUps = [DashboardCharts.OnTime, DashboardCharts.Late, DashboardCharts.Missed];
}
