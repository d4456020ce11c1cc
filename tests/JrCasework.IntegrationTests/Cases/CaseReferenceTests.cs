using JrCasework.Domain.Auditing;

namespace JrCasework.IntegrationTests.Cases;

/// <summary>Case references under load: two app instances on one database, each opening many cases at once.</summary>
public sealed class CaseReferenceTests
{
    private const int PerInstance = 50;

    [Fact]
    public async Task TwoInstancesOpeningFiftyCasesEachAtOnce_NumberThemUniquelyWithoutGaps()
    {
        await using var first = new CaseFixture();
        await using var second = first.SecondInstance();
        _ = first.Services;
        _ = second.Services;
        var before = await ReferencesAsync(first);

        var openings = Enumerable.Range(0, 2 * PerInstance)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).OpenSannesCaseAsync($"Case {i}")));
        var opened = await Task.WhenAll(openings);

        var year = opened[0].ReferenceYear;
        var sequences = opened.Select(c => c.ReferenceSequence).Order().ToList();
        var lastBefore = before.Where(c => c.Year == year).Select(c => c.Sequence).DefaultIfEmpty(0).Max();
        Assert.Equal(Enumerable.Range(lastBefore + 1, 2 * PerInstance), sequences);
        Assert.All(opened, c => Assert.Equal($"JR-{year}-{c.ReferenceSequence:0000}", c.Reference));

        // What was saved agrees with what the instances answered, and every case has its audit record.
        var after = await ReferencesAsync(second);
        Assert.Equal(before.Count + opened.Length, after.Count);
        Assert.Equal(after.Count, after.Select(c => c.Reference).Distinct().Count());
        await using var db = first.CreateDbContext();
        var ids = opened.Select(c => c.Id).ToList();
        Assert.Equal(opened.Length, await db.AuditLog.CountAsync(a => a.Action == AuditActions.CaseOpen && ids.Contains(a.CaseId!.Value)));
    }

    private static async Task<List<(int Year, int Sequence, string Reference)>> ReferencesAsync(CaseFixture app)
    {
        await using var db = app.CreateDbContext();
        return (await db.Cases.AsNoTracking().Select(c => new { c.ReferenceYear, c.ReferenceSequence, c.Reference }).ToListAsync())
            .Select(c => (c.ReferenceYear, c.ReferenceSequence, c.Reference)).ToList();
    }
}
