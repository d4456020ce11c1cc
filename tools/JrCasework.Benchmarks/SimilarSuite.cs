using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Cases.Similar;

namespace JrCasework.Benchmarks;

/// <summary>
/// Step 2's similar cases (<see cref="SimilarCaseFinder"/>) for a case in step 2 of the category with the
/// most closed cases, a median one and the one with the fewest: choosing the five (good examples, and
/// the most recently closed for when there are fewer than five of those), building the anonymiser from
/// every employee and user, and the whole answer (what <c>SimilarCases.ForCaseAsync</c>
/// runs after the access check and before its audit record). Reading the names and building the
/// anonymiser are also measured on their own.
/// </summary>
internal sealed class SimilarSuite : IBenchmarkSuite
{
    public string Description => "Similar cases in step 2: choosing them, the anonymiser, the whole answer, for three categories.";

    public async Task RunAsync(BenchmarkRun run)
    {
        List<CategoryLoad> categories;
        await using (var db = run.CreateDbContext())
        {
            var closed = await db.Cases.Where(c => c.ClosedAtUtc != null).GroupBy(c => c.CategoryId)
                .Select(g => new { CategoryId = g.Key, Closed = g.Count() }).ToDictionaryAsync(g => g.CategoryId, g => g.Closed);
            var goodExamples = await db.CaseReviews.Where(r => r.IsGoodExample)
                .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => c.CategoryId)
                .GroupBy(id => id).Select(g => new { CategoryId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.CategoryId, g => g.Count);
            var inStep2 = await db.Cases.Where(c => c.Step == CaseStep.WeighAndDecide).GroupBy(c => c.CategoryId)
                .Select(g => new { CategoryId = g.Key, CaseId = g.Min(c => c.Id) }).ToDictionaryAsync(g => g.CategoryId, g => g.CaseId);
            var names = await db.CaseCategories.ToDictionaryAsync(c => c.Id, c => c.NameEn);
            categories = [.. closed.Where(c => inStep2.ContainsKey(c.Key)).OrderByDescending(c => c.Value)
                .Select(c => new CategoryLoad(c.Key, names[c.Key], c.Value, goodExamples.GetValueOrDefault(c.Key), inStep2[c.Key]))];
            var employees = await db.Employees.CountAsync();
            var users = await db.Users.CountAsync();
            run.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Anonymiser input: {employees:N0} employees, {users:N0} users"));
            run.Output.WriteLine();
        }

        if (categories.Count == 0)
        {
            run.Output.WriteLine("No category has both closed cases and a case in step 2: nothing to measure.");
            return;
        }

        foreach (var (role, category) in new[] { ("Most closed", categories[0]), ("Median", categories[categories.Count / 2]), ("Fewest closed", categories[^1]) }.DistinctBy(c => c.Item2))
        {
            await MeasureAsync(run, role, category);
        }
    }

    private static async Task MeasureAsync(BenchmarkRun run, string role, CategoryLoad category)
    {
        run.PrintHeader(string.Create(CultureInfo.InvariantCulture,
            $"{role}: {category.Name}, {category.Closed:N0} closed cases ({category.GoodExamples:N0} good examples), asked from case {category.CaseId}"));

        await Timed("Five good examples", async db =>
            (await SimilarCaseFinder.GoodExamplesAsync(db, category.CaseId, category.CategoryId, SimilarCaseFinder.MaxCases)).Count);
        await Timed("Five most recently closed", async db =>
            (await SimilarCaseFinder.MostRecentlyClosedAsync(db, category.CaseId, category.CategoryId, [], SimilarCaseFinder.MaxCases)).Count);
        var names = new List<string>();
        var numbers = new List<string>();
        await Timed("Read every employee's and user's name", async db =>
        {
            var employees = await db.Employees.AsNoTracking().Select(e => new { e.FullName, e.EmployeeNumber }).ToListAsync();
            var users = await db.Users.AsNoTracking().Select(u => u.DisplayName).ToListAsync();
            names = [.. employees.Select(e => e.FullName).Concat(users)];
            numbers = [.. employees.Select(e => e.EmployeeNumber)];
            return names.Count;
        });
        await run.MeasureAsync("Build the anonymiser (in memory)", () =>
            Task.FromResult(new Anonymiser(names, numbers).Anonymise("Talked with Jan Smit (E001128) about it.")!.Length));
        await Timed("Whole answer (five cases, anonymised)", async db => (await SimilarCaseFinder.FindAsync(db, category.CaseId, category.CategoryId)).Count);
        run.Output.WriteLine();

        Task<Timing> Timed(string name, Func<Data.JrCaseworkDbContext, Task<int>> query) =>
            run.MeasureAsync(name, async () =>
            {
                await using var db = run.CreateDbContext();
                return await query(db);
            });
    }

    private sealed record CategoryLoad(int CategoryId, string Name, int Closed, int GoodExamples, int CaseId);
}
