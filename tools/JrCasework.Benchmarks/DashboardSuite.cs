using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Benchmarks;

/// <summary>
/// The manager dashboard's queries (<see cref="DashboardFigures"/>), for the manager whose units hold
/// the most cases and for one with a typical (median) number, each query on a fresh context, and the
/// whole first page load (what <c>DashboardQueries.LoadAsync</c> runs after the access check).
/// </summary>
internal sealed class DashboardSuite : IBenchmarkSuite
{
    /// <summary>The completion period the page opens with.</summary>
    private const int DefaultPeriodDays = 90;

    public string Description => "Manager dashboard: each query and the first page load, for the busiest and a typical manager.";

    public async Task RunAsync(BenchmarkRun run)
    {
        List<ManagerLoad> managers;
        await using (var db = run.CreateDbContext())
        {
            var perManager = await (
                    from m in db.ManagedOrgUnits
                    join c in db.Cases on m.OrgUnitId equals c.OrgUnitId
                    group c by m.UserId into g
                    select new { UserId = g.Key, Cases = g.Count(), Open = g.Count(c => c.Step != CaseStep.Closed) })
                .ToListAsync();
            var emails = await db.Users.Where(u => db.ManagedOrgUnits.Any(m => m.UserId == u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id);
            var units = await db.ManagedOrgUnits.GroupBy(m => m.UserId).ToDictionaryAsync(g => g.Key, g => g.Select(m => m.OrgUnitId).Order().ToList());
            managers = [.. perManager
                .OrderByDescending(m => m.Cases)
                .Select(m => new ManagerLoad(m.UserId, emails.GetValueOrDefault(m.UserId) ?? m.UserId, units[m.UserId], m.Cases, m.Open))];
        }

        if (managers.Count == 0)
        {
            run.Output.WriteLine("No manager manages a unit with cases: nothing to measure.");
            return;
        }

        var busiest = managers[0];
        var typical = managers[managers.Count / 2];
        await MeasureAsync(run, "Busiest manager", busiest);
        if (typical != busiest)
        {
            await MeasureAsync(run, "Typical manager (median)", typical);
        }
    }

    private static async Task MeasureAsync(BenchmarkRun run, string role, ManagerLoad manager)
    {
        var scope = new DashboardScope(manager.UserId, manager.UnitIds, run.Options.Today);
        var period = CompletionPeriod.LastDays(scope.Today, DefaultPeriodDays);
        run.PrintHeader(string.Create(CultureInfo.InvariantCulture,
            $"{role}: {manager.Email}, {manager.UnitIds.Count} units, {manager.Cases:N0} cases ({manager.Open:N0} open)"));

        // The drill-downs open what a manager would click first: the supervisor with most overdue follow-ups, the busiest step.
        IReadOnlyList<SupervisorFollowUps> supervisors = [];
        IReadOnlyList<StepFigures> steps = [];
        await Timed("Follow-ups per supervisor", async db => (supervisors = await DashboardFigures.FollowUpsPerSupervisorAsync(db, scope)).Count);
        await Timed("Open cases per step", async db => (steps = await DashboardFigures.StepsAsync(db, scope)).Count);
        foreach (var days in new[] { 30, 90, 365 })
        {
            await Timed($"Completion, last {days} days", async db =>
                (await DashboardFigures.CompletionAsync(db, scope, CompletionPeriod.LastDays(scope.Today, days))).PerSupervisor.Count);
        }

        await Timed("Referred to the manager", async db => (await DashboardFigures.ReferredAsync(db, scope)).Count);

        var mostOverdue = supervisors.OrderByDescending(s => s.Overdue).FirstOrDefault();
        if (mostOverdue is not null)
        {
            await Timed("Drill-down: a supervisor's overdue", async db =>
                (await DashboardFigures.DrillDownAsync(db, scope, new SupervisorDrillDown(mostOverdue.SupervisorId, FollowUpFocus.Overdue))).Rows.Count);
            await Timed("Drill-down: a supervisor's open cases", async db =>
                (await DashboardFigures.DrillDownAsync(db, scope, new SupervisorDrillDown(mostOverdue.SupervisorId, FollowUpFocus.OpenCases))).Rows.Count);
        }

        var busiestStep = steps.OrderByDescending(s => s.OpenCases).First();
        await Timed($"Drill-down: step {busiestStep.Step}", async db =>
            (await DashboardFigures.DrillDownAsync(db, scope, new StepDrillDown(busiestStep.Step))).Rows.Count);
        await Timed("Drill-down: missed, last 365 days", async db =>
            (await DashboardFigures.DrillDownAsync(db, scope, new CompletionDrillDown(CompletionClass.Missed, CompletionPeriod.LastDays(scope.Today, 365)))).Rows.Count);
        await Timed("Drill-down: on time, last 90 days", async db =>
            (await DashboardFigures.DrillDownAsync(db, scope, new CompletionDrillDown(CompletionClass.OnTime, period))).Rows.Count);

        await Timed($"Page data (first load, {DefaultPeriodDays} days)", async db =>
        {
            var dashboard = await DashboardFigures.LoadAsync(db, scope, period);
            return dashboard.Supervisors.Count + dashboard.Steps.Count + dashboard.Completion.PerSupervisor.Count + dashboard.Referred.Count;
        });
        run.Output.WriteLine();

        Task<Timing> Timed(string name, Func<Data.JrCaseworkDbContext, Task<int>> query) =>
            run.MeasureAsync(name, async () =>
            {
                await using var db = run.CreateDbContext();
                return await query(db);
            });
    }

    private sealed record ManagerLoad(string UserId, string Email, IReadOnlyList<int> UnitIds, int Cases, int Open);
}
