using JrCasework.Data;
using JrCasework.Web.Features.Dashboard;
using JrCasework.Web.Features.Reports;
using JrCasework.Web.Features.Shared;

namespace JrCasework.Benchmarks;

/// <summary>
/// The HR report (<see cref="ReportFigures"/>): the whole report for the whole organisation over the last twelve
/// months and for its busiest department over the last quarter, its two costliest parts on their own, and the CSV
/// export. Each run on a fresh context, as <c>ReportQueries</c> does after its access check; nothing is written.
/// </summary>
internal sealed class ReportSuite : IBenchmarkSuite
{
    public string Description => "HR report: whole organisation over 12 months, one department over a quarter, and the CSV export.";

    public async Task RunAsync(BenchmarkRun run)
    {
        List<UnitOption> tree;
        Dictionary<int, int> casesPerUnit;
        await using (var db = run.CreateDbContext())
        {
            var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Name, u.ParentId }).ToListAsync();
            tree = UnitTree.Order([.. units.Select(u => (u.Id, u.Name, u.ParentId))]);
            casesPerUnit = await db.Cases.GroupBy(c => c.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        }

        if (tree.Count == 0)
        {
            run.Output.WriteLine("No org units: nothing to measure.");
            return;
        }

        var pseudonyms = new Pseudonyms("benchmark-pseudonym-key"u8.ToArray());
        var today = run.Options.Today;
        var whole = Request(tree, 0, ReportPeriod.Of(PeriodPreset.Last12Months, today), today);
        var department = Enumerable.Range(0, tree.Count).Where(i => tree[i].Depth == 1)
            .OrderByDescending(i => UnitTree.WithDescendants(tree, i).Sum(id => casesPerUnit.GetValueOrDefault(id)))
            .Select(i => Request(tree, i, ReportPeriod.Of(PeriodPreset.LastQuarter, today), today))
            .DefaultIfEmpty(whole)
            .First();

        foreach (var (title, request) in new[] { ("Whole organisation, last 12 months", whole), ("Busiest department, last quarter", department) })
        {
            var cases = request.UnitIds.Sum(id => casesPerUnit.GetValueOrDefault(id));
            run.PrintHeader(string.Create(CultureInfo.InvariantCulture,
                $"{title}: {request.ScopeName}, {request.UnitIds.Count} units, {cases:N0} cases, {request.Period.From:yyyy-MM-dd} to {request.Period.To:yyyy-MM-dd}"));
            CaseReport? report = null;
            await Timed(run, "Time in each step", async db => (await ReportFigures.StepDaysAsync(db, request, default)).Count);
            await Timed(run, "Time to close", async db => (await ReportFigures.CloseDaysAsync(db, request, default)).Count);
            await Timed(run, "Follow-ups on time (dashboard's query)", async db =>
                (await DashboardFigures.CompletionAsync(
                    db, new DashboardScope(string.Empty, request.UnitIds, today), new CompletionPeriod(request.Period.From, request.Period.To))).PerSupervisor.Count);
            await Timed(run, "Whole report (page data)", async db =>
            {
                report = await ReportFigures.LoadAsync(db, request, pseudonyms);
                return report.Units.Count + report.Supervisors.Count + report.Categories.Count + report.Months.Count;
            });
            await Timed(run, "CSV export (report + file)", async db =>
            {
                var csv = ReportExport.ToCsv(await ReportFigures.LoadAsync(db, request, pseudonyms));
                return csv.Length / 1024;
            });

            if (report is { TooFewCases: false } figures)
            {
                run.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  (opened {figures.Summary.Opened.Value}, closed {figures.Summary.Closed.Value}, {figures.Supervisors.Count} supervisors; the export's rows column is its size in KB)"));
            }

            run.Output.WriteLine();
        }
    }

    private static ReportRequest Request(List<UnitOption> tree, int index, ReportPeriod period, DateOnly today) =>
        new(UnitTree.WithDescendants(tree, index), tree[index].Name, period, today);

    private static Task<Timing> Timed(BenchmarkRun run, string name, Func<JrCaseworkDbContext, Task<int>> query) =>
        run.MeasureAsync(name, async () =>
        {
            await using var db = run.CreateDbContext();
            return await query(db);
        });
}
