using JrCasework.Domain.Cases;
using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Cases;
using JrCasework.Web.Features.Reviews;
using JrCasework.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace JrCasework.Benchmarks;

/// <summary>
/// HR's outcome list (<see cref="OutcomeList"/>) and its CSV export (<see cref="CaseListExport"/>) for an
/// HR user whose scope is the whole organisation, each query on a fresh context: the default first page
/// with its count, filtered lists, the last page, other orders, and the export of a year.
/// </summary>
internal sealed class OutcomesSuite : IBenchmarkSuite
{
    public string Description => "HR outcome list: first page + count, filtered, last page, other orders, and the CSV export of a year.";

    public async Task RunAsync(BenchmarkRun run)
    {
        string email;
        OutcomeScope scope;
        int department;
        int attendance;
        List<(int Id, int? ParentId)> tree;
        await using (var db = run.CreateDbContext())
        {
            var hr = await (
                    from user in db.Users
                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                    join role in db.Roles on userRole.RoleId equals role.Id
                    where role.Name == Roles.Hr && !user.IsDisabled
                    orderby user.Email
                    select new { user.Email, user.OrgUnitId })
                .FirstOrDefaultAsync();
            if (hr is null)
            {
                run.Output.WriteLine("No HR user in this database: nothing to measure.");
                return;
            }

            // The HR scope as CurrentUser computes it: the user's unit and every unit below it.
            var units = await db.OrgUnits.Select(u => new { u.Id, u.ParentId }).ToListAsync();
            tree = [.. units.Select(u => (u.Id, u.ParentId))];
            var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
            var inScope = new HashSet<int>();
            var pending = new Stack<int>([hr.OrgUnitId]);
            while (pending.TryPop(out var unit))
            {
                if (inScope.Add(unit))
                {
                    foreach (var child in children[unit])
                    {
                        pending.Push(child);
                    }
                }
            }

            email = hr.Email ?? "?";
            scope = new OutcomeScope(inScope, run.Options.Today);
            department = units.Where(u => u.ParentId == hr.OrgUnitId && children[u.Id].Any()).Select(u => u.Id).DefaultIfEmpty(hr.OrgUnitId).First();
            attendance = await db.CaseCategories.Where(c => c.Code == "attendance").Select(c => c.Id).FirstOrDefaultAsync();
        }

        var standard = new OutcomeFilter();
        OutcomePage first;
        await using (var db = run.CreateDbContext())
        {
            first = await OutcomeList.PageAsync(db, scope, standard);
        }

        run.PrintHeader(string.Create(CultureInfo.InvariantCulture,
            $"HR {email}: {scope.UnitIds.Count} units in scope; default list {first.Total:N0} cases ({first.Pages:N0} pages), {first.Period.From:yyyy-MM-dd} to {first.Period.To:yyyy-MM-dd}"));

        await Page("Default: closed, not reviewed, 12 months", standard);
        await Page("Reviewed or not, 12 months", standard with { Reviewed = ReviewedFilter.All });
        await Page("Reviewed only, last quarter", standard with { Reviewed = ReviewedFilter.Reviewed, Period = PeriodPreset.LastQuarter });
        await Page("Department + attendance + partly met", standard with { UnitId = department, CategoryId = attendance, Outcome = ObjectiveMet.Partly, Reviewed = ReviewedFilter.All });
        await Page("Origin ran into it, objective not met", standard with { Origin = ProblemOrigin.RanIntoIt, Outcome = ObjectiveMet.No });
        await Page("Open cases included", standard with { IncludeOpen = true, Reviewed = ReviewedFilter.All });
        await Page($"Last page (page {first.Pages})", standard with { Page = first.Pages });
        await Page("Longest time to close first", standard with { Sort = OutcomeSort.LongestToClose });
        await Page("Most loops first", standard with { Sort = OutcomeSort.MostLoops });
        var departmentScope = new OutcomeScope(DepartmentUnits(department), run.Options.Today);
        await run.MeasureAsync($"HR for one department ({departmentScope.UnitIds.Count} units): default", async () =>
        {
            await using var db = run.CreateDbContext();
            return (await OutcomeList.PageAsync(db, departmentScope, standard)).Total;
        });
        await run.MeasureAsync("Filter choices: units in scope", async () =>
        {
            await using var db = run.CreateDbContext();
            return (await OutcomeList.UnitsAsync(db, scope)).Count;
        });

        await using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<ReviewResource>>();
        var caseText = services.GetRequiredService<IStringLocalizer<CaseResource>>();
        var pseudonyms = new Pseudonyms(new byte[32]);
        long bytes = 0;
        var export = standard with { Reviewed = ReviewedFilter.All };
        await run.MeasureAsync("CSV export: closed in 12 months, all", async () =>
        {
            await using var db = run.CreateDbContext();
            using var file = new MemoryStream();
            var rows = await CaseListExport.WriteAsync(db, scope, export, file, pseudonyms, text, caseText);
            bytes = file.Length;
            return rows;
        });
        run.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (the export file is {bytes / 1024d / 1024d:N1} MB)"));
        run.Output.WriteLine();

        HashSet<int> DepartmentUnits(int unitId) => [unitId, .. tree.Where(u => u.ParentId == unitId).Select(u => u.Id)];

        Task<Timing> Page(string name, OutcomeFilter filter) =>
            run.MeasureAsync(name, async () =>
            {
                await using var db = run.CreateDbContext();
                var page = await OutcomeList.PageAsync(db, scope, filter);
                return page.Total;
            });
    }
}
