using System.Globalization;
using CsvHelper;
using JrCasework.Domain.Cases;
using JrCasework.Web.Features.FollowUps;
using JrCasework.Web.Features.Shared;

namespace JrCasework.Web.Features.Reports;

/// <summary>
/// The report as a CSV file for a spreadsheet: one long table <c>section,item,measure,value</c>, so every part of
/// the report fits the same four columns and a pivot table can rebuild any view. Numbers use the invariant culture
/// (shares from 0 to 1), the file starts with a UTF-8 byte order mark so Excel reads it as UTF-8, and text a
/// spreadsheet would run as a formula is escaped. A hidden group says <c>&lt;5</c> (or <c>withheld</c>, see
/// <see cref="SmallGroups"/>); the file names no person, only supervisor pseudonyms.
/// </summary>
internal static class ReportExport
{
    public const string ContentType = CsvFiles.ContentType;
    public const string FewerThanFive = "<5";
    public const string Withheld = "withheld";

    public static string FileName(CaseReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"jr-report-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}.csv");

    /// <summary>The whole file.</summary>
    public static byte[] ToCsv(CaseReport report)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true))
        {
            Write(csv, report);
        }

        return stream.ToArray();
    }

    private static void Write(CsvWriter csv, CaseReport report)
    {
        csv.WriteHeader(["section", "item", "measure", "value"]);
        Row(csv, "report", "scope", "unit", report.Request.ScopeName);
        Row(csv, "report", "period", "from", Date(report.Period.From));
        Row(csv, "report", "period", "to", Date(report.Period.To));
        Row(csv, "report", "follow_ups", "due_until", Date(report.LastFollowUpDay));
        Row(csv, "report", "small_groups", "hidden_below", SmallGroups.Minimum.ToString(CultureInfo.InvariantCulture));
        if (report.TooFewCases)
        {
            Row(csv, "report", "selection", "cases", FewerThanFive);
            return;
        }

        var summary = report.Summary;
        Row(csv, "summary", "opened", "count", Count(summary.Opened));
        Row(csv, "summary", "closed", "count", Count(summary.Closed));
        Row(csv, "summary", "objective_met", "share", Share(summary.ObjectiveMet, report.Outcomes[ObjectiveMet.Yes].Count));
        Row(csv, "summary", "saw_it_coming", "share", Share(summary.SawItComing, report.Origins[ProblemOrigin.SawItComing].Count));
        Row(csv, "summary", "follow_ups_on_time", "share", Share(summary.FollowUpsOnTime, report.FollowUps[CompletionClass.OnTime].Count));
        Days(csv, "summary", "time_to_close", summary.TimeToClose, summary.Closed);

        foreach (var month in report.Months)
        {
            var item = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            Row(csv, "month", item, "opened", Count(month.Opened));
            Row(csv, "month", item, "closed", Count(month.Closed));
        }

        Breakdown(csv, "origin", report.Origins, o => o.ToString());
        Breakdown(csv, "outcome", report.Outcomes, o => o.ToString());
        Breakdown(csv, "loops", report.Loops, l => l.ToString());
        Row(csv, "loops", "all", "average", Number(report.AverageLoops, "F2", report.Summary.Closed));

        foreach (var category in report.Categories)
        {
            Row(csv, "category", category.NameEn, "opened", Count(category.Opened));
            Row(csv, "category", category.NameEn, "closed", Count(category.Closed));
            Row(csv, "category", category.NameEn, "objective_met_share", Share(category.ObjectiveMet, category.Closed));
            Row(csv, "category", category.NameEn, "action_helped_share", Share(category.ActionHelped, category.Closed));
        }

        foreach (var step in report.Steps)
        {
            Days(csv, "step", step.Step.ToString(), step.Days, summary.Closed);
        }

        Breakdown(csv, "time_to_close", report.TimeToClose, b => b.ToString());
        Breakdown(csv, "follow_ups", report.FollowUps, c => c.ToString());

        foreach (var unit in report.Units)
        {
            Row(csv, "unit", unit.Name, "opened", Count(unit.Opened));
            Row(csv, "unit", unit.Name, "closed", Count(unit.Closed));
            Row(csv, "unit", unit.Name, "objective_met_share", Share(unit.ObjectiveMet, unit.Closed));
            Row(csv, "unit", unit.Name, "saw_it_coming_share", Share(unit.SawItComing, unit.Opened));
        }

        foreach (var supervisor in report.Supervisors)
        {
            Row(csv, "supervisor", supervisor.Pseudonym, "opened", Count(supervisor.Opened));
            Row(csv, "supervisor", supervisor.Pseudonym, "closed", Count(supervisor.Closed));
            Row(csv, "supervisor", supervisor.Pseudonym, "objective_met_share", Share(supervisor.ObjectiveMet, supervisor.Closed));
            Row(csv, "supervisor", supervisor.Pseudonym, "saw_it_coming_share", Share(supervisor.SawItComing, supervisor.Opened));
            Row(csv, "supervisor", supervisor.Pseudonym, "follow_ups_due", Count(supervisor.FollowUpsDue));
            Row(csv, "supervisor", supervisor.Pseudonym, "follow_ups_on_time_share", Share(supervisor.FollowUpsOnTime, supervisor.FollowUpsDue));
        }
    }

    private static void Breakdown<TKey>(CsvWriter csv, string section, Breakdown<TKey> breakdown, Func<TKey, string> item)
    {
        foreach (var row in breakdown.Rows)
        {
            Row(csv, section, item(row.Key), "count", Count(row.Count));
            Row(csv, section, item(row.Key), "share", Share(row.Share, row.Count));
        }

        Row(csv, section, "total", "count", Count(breakdown.Total));
    }

    private static void Days(CsvWriter csv, string section, string item, DayFigures days, ReportCount group)
    {
        Row(csv, section, item, "average_days", Number(days.AverageDays, "F1", group));
        Row(csv, section, item, "median_days", Number(days.MedianDays, "D", group));
    }

    private static void Row(CsvWriter csv, string section, string item, string measure, string value) =>
        csv.WriteRecord([section, item, measure, value]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(ReportCount count) => count.State switch
    {
        CountState.Shown => count.Value!.Value.ToString(CultureInfo.InvariantCulture),
        CountState.Withheld => Withheld,
        _ => FewerThanFive,
    };

    private static string Share(double? share, ReportCount group) => Number(share, "F4", group);

    /// <summary>
    /// A figure about a group. A figure the report does not give is hidden: its group is withheld, or it is a small
    /// group, or (for a share of a shown group) one side of the split is.
    /// </summary>
    private static string Number<T>(T? value, string format, ReportCount group)
        where T : struct, IFormattable =>
        value is { } number ? number.ToString(format, CultureInfo.InvariantCulture)
        : group.State == CountState.Withheld ? Withheld
        : FewerThanFive;
}
