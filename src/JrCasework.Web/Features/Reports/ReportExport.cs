using System.Globalization;
using CsvHelper;
using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Web.Features.Reports;

/// <summary>
/// The report as a CSV file for a spreadsheet: one long table <c>section,item,measure,value</c>, so every part of
/// the report fits the same four columns and a pivot table can rebuild any view. Separator and decimal sign follow
/// the user's language (<see cref="CsvFiles"/>), shares run from 0 to 1, dates are ISO, the file starts with a UTF-8
/// byte order mark so Excel reads it as UTF-8, and text a spreadsheet would run as a formula is escaped. A hidden group says <c>&lt;5</c> (or <c>withheld</c>, see
/// <see cref="SmallGroups"/>); the file names no person, only supervisor pseudonyms.
/// </summary>
internal static class ReportExport
{
    public const string ContentType = CsvFiles.ContentType;
    public const string FewerThanFive = "<5";
    public const string Withheld = "withheld";

    public static string FileName(CaseReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"jr-report-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}.csv");

    /// <summary>The whole file, in <paramref name="format"/> (by default the current user's).</summary>
    public static byte[] ToCsv(CaseReport report, CsvFiles? format = null)
    {
        format ??= CsvFiles.ForCurrentUser();
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, format.Options, leaveOpen: true))
        {
            new Writer(csv, format.Numbers).Write(report);
        }

        return stream.ToArray();
    }

    /// <summary>One file being written: the writer and the user's numbers, so each row only says what it holds.</summary>
    private sealed class Writer(CsvWriter csv, NumberFormatInfo numbers)
    {
        public void Write(CaseReport report)
        {
            csv.WriteHeader(["section", "item", "measure", "value"]);
            Row("report", "scope", "unit", report.Request.ScopeName);
            Row("report", "period", "from", DateText.Iso(report.Period.From));
            Row("report", "period", "to", DateText.Iso(report.Period.To));
            Row("report", "follow_ups", "due_until", DateText.Iso(report.LastFollowUpDay));
            Row("report", "small_groups", "hidden_below", SmallGroups.Minimum.ToString(CultureInfo.InvariantCulture));
            if (report.TooFewCases)
            {
                Row("report", "selection", "cases", FewerThanFive);
                return;
            }

            var summary = report.Summary;
            Row("summary", "opened", "count", Count(summary.Opened));
            Row("summary", "closed", "count", Count(summary.Closed));
            Row("summary", "objective_met", "share", Share(summary.ObjectiveMet, report.Outcomes[ObjectiveMet.Yes].Count));
            Row("summary", "saw_it_coming", "share", Share(summary.SawItComing, report.Origins[ProblemOrigin.SawItComing].Count));
            Row("summary", "follow_ups_on_time", "share", Share(summary.FollowUpsOnTime, report.FollowUps[CompletionClass.OnTime].Count));
            Days("summary", "time_to_close", summary.TimeToClose, summary.Closed);

            foreach (var month in report.Months)
            {
                var item = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                Row("month", item, "opened", Count(month.Opened));
                Row("month", item, "closed", Count(month.Closed));
            }

            Breakdown("origin", report.Origins, o => o.ToString());
            Breakdown("outcome", report.Outcomes, o => o.ToString());
            Breakdown("loops", report.Loops, l => l.ToString());
            Row("loops", "all", "average", Number(report.AverageLoops, "F2", report.Summary.Closed));

            foreach (var category in report.Categories)
            {
                Row("category", category.NameEn, "opened", Count(category.Opened));
                Row("category", category.NameEn, "closed", Count(category.Closed));
                Row("category", category.NameEn, "objective_met_share", Share(category.ObjectiveMet, category.Closed));
                Row("category", category.NameEn, "action_helped_share", Share(category.ActionHelped, category.Closed));
            }

            foreach (var step in report.Steps)
            {
                Days("step", step.Step.ToString(), step.Days, summary.Closed);
            }

            Breakdown("time_to_close", report.TimeToClose, b => b.ToString());
            Breakdown("follow_ups", report.FollowUps, c => c.ToString());

            foreach (var unit in report.Units)
            {
                Row("unit", unit.Name, "opened", Count(unit.Opened));
                Row("unit", unit.Name, "closed", Count(unit.Closed));
                Row("unit", unit.Name, "objective_met_share", Share(unit.ObjectiveMet, unit.Closed));
                Row("unit", unit.Name, "saw_it_coming_share", Share(unit.SawItComing, unit.Opened));
            }

            foreach (var supervisor in report.Supervisors)
            {
                Row("supervisor", supervisor.Pseudonym, "opened", Count(supervisor.Opened));
                Row("supervisor", supervisor.Pseudonym, "closed", Count(supervisor.Closed));
                Row("supervisor", supervisor.Pseudonym, "objective_met_share", Share(supervisor.ObjectiveMet, supervisor.Closed));
                Row("supervisor", supervisor.Pseudonym, "saw_it_coming_share", Share(supervisor.SawItComing, supervisor.Opened));
                Row("supervisor", supervisor.Pseudonym, "follow_ups_due", Count(supervisor.FollowUpsDue));
                Row("supervisor", supervisor.Pseudonym, "follow_ups_on_time_share", Share(supervisor.FollowUpsOnTime, supervisor.FollowUpsDue));
            }
        }

        private void Breakdown<TKey>(string section, Breakdown<TKey> breakdown, Func<TKey, string> item)
        {
            foreach (var row in breakdown.Rows)
            {
                Row(section, item(row.Key), "count", Count(row.Count));
                Row(section, item(row.Key), "share", Share(row.Share, row.Count));
            }

            Row(section, "total", "count", Count(breakdown.Total));
        }

        private void Days(string section, string item, DayFigures days, ReportCount group)
        {
            Row(section, item, "average_days", Number(days.AverageDays, "F1", group));
            Row(section, item, "median_days", Number(days.MedianDays, "D", group));
        }

        private void Row(string section, string item, string measure, string value) =>
            csv.WriteRecord([section, item, measure, value]);

        private static string Count(ReportCount count) => count.State switch
        {
            CountState.Shown => count.Value!.Value.ToString(CultureInfo.InvariantCulture),
            CountState.Withheld => Withheld,
            _ => FewerThanFive,
        };

        private string Share(double? share, ReportCount group) => Number(share, "F4", group);

        /// <summary>
        /// A figure about a group. A figure the report does not give is hidden: its group is withheld, or it is a small
        /// group, or (for a share of a shown group) one side of the split is.
        /// </summary>
        private string Number<T>(T? value, string format, ReportCount group)
            where T : struct, IFormattable =>
            value is { } number ? number.ToString(format, numbers)
            : group.State == CountState.Withheld ? Withheld
            : FewerThanFive;
    }
}
