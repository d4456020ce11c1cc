using JrCasework.Web.Features.Reviews;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>Who gets HR's pages and what is in them: HR sees the units in scope only; nobody else gets them at all.</summary>
public sealed class OutcomeAccessTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly OutcomeFilter Everything = new() { Reviewed = ReviewedFilter.All, IncludeOpen = true };

    [Fact]
    public async Task HrForLogistics_SeesOnlyLogisticsCases_AndOnlyLogisticsInTheFilters()
    {
        await fixture.EnsureHrForLogisticsAsync();
        var (logistics, production) = await UnitIdsAsync();
        await using var db = fixture.CreateDbContext();
        var logisticsCases = await db.Cases.Where(c => c.OrgUnitId == logistics).Select(c => c.Id).ToListAsync();

        var rows = await ReviewCases.AllRowsAsync(fixture, CaseFixture.HrLogisticsEmail, Everything);
        await using var hr = await fixture.AsAsync(CaseFixture.HrLogisticsEmail);
        var choices = await hr.Get<OutcomeQueries>().ChoicesAsync();
        var productionOnly = await hr.Get<OutcomeQueries>().ListAsync(Everything with { UnitId = production });

        Assert.NotEmpty(rows);
        Assert.Equal(logisticsCases.Order(), rows.Select(r => r.Id).Order());
        Assert.Equal([logistics], choices.Units.Select(u => u.Id));
        Assert.Equal(0, productionOnly.Total);
    }

    [Fact]
    public async Task HrForTheWholeOrganisation_SeesEveryUnit()
    {
        var (logistics, production) = await UnitIdsAsync();

        var rows = await ReviewCases.AllRowsAsync(fixture, DemoData.Hr.Email, Everything);

        Assert.Contains(rows, r => r.UnitId == logistics);
        Assert.Contains(rows, r => r.UnitId == production);
    }

    [Fact]
    public async Task HrForLogistics_CannotReadOrReviewAProductionCase_AndOnlyTheRefusalsAreAudited()
    {
        await fixture.EnsureHrForLogisticsAsync();
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1002");
        var auditBefore = await fixture.AuditCountAsync(closed);
        await using var hr = await fixture.AsAsync(CaseFixture.HrLogisticsEmail);

        await Assert.ThrowsAsync<CaseNotFoundException>(() => hr.Get<CaseService>().GetAsync(closed));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => hr.Get<ReviewService>().GetAsync(closed));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => hr.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null));

        Assert.Equal(auditBefore + 3, await fixture.AuditCountAsync(closed));
        await using var db = fixture.CreateDbContext();
        var refusals = await db.AuditLog.Where(a => a.CaseId == closed).OrderByDescending(a => a.Sequence).Take(3).ToListAsync();
        Assert.Equal(["review.write", "review", "read"], refusals.Select(a => a.Detail));
        Assert.All(refusals, a => Assert.Equal("case.refused", a.Action));
        Assert.False(await db.CaseReviews.AnyAsync(r => r.CaseId == closed));
    }

    [Theory]
    [InlineData("sanne@example.com")]
    [InlineData("tom@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("admin@example.com")]
    public async Task AnyoneButHr_IsRefusedTheList_TheExport_AndSavingAReview(string email)
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1003");
        var listsBefore = await ReviewCases.AuditCountAsync(fixture, "outcomes.list");
        var exportsBefore = await ReviewCases.AuditCountAsync(fixture, "outcomes.export");
        await using var other = await fixture.AsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => other.Get<OutcomeQueries>().ListAsync(new OutcomeFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => other.Get<OutcomeQueries>().ChoicesAsync());
        using var file = new MemoryStream();
        await Assert.ThrowsAsync<AccessDeniedException>(() => other.Get<CaseListExport>().WriteAsync(new OutcomeFilter(), file));
        await Assert.ThrowsAsync<AccessDeniedException>(() => other.Get<ReviewService>().SaveAsync(closed, ReviewCases.GoodReview, null));

        Assert.Equal(0, file.Length);
        Assert.Equal(listsBefore, await ReviewCases.AuditCountAsync(fixture, "outcomes.list"));
        Assert.Equal(exportsBefore, await ReviewCases.AuditCountAsync(fixture, "outcomes.export"));
    }

    [Fact]
    public async Task EveryHrOpenOfACase_WritesACaseReadAuditRecord()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorLogistics.Email, "L-2002");
        var readsBefore = await ReviewCases.AuditCountAsync(fixture, "case.read", closed);
        string hrId;
        await using (var db = fixture.CreateDbContext())
        {
            hrId = await db.Users.Where(u => u.Email == DemoData.Hr.Email).Select(u => u.Id).SingleAsync();
        }

        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        await hr.Get<CaseService>().GetAsync(closed);
        await hr.Get<CaseService>().GetAsync(closed);

        await using var check = fixture.CreateDbContext();
        var reads = await check.AuditLog.Where(a => a.CaseId == closed && a.Action == "case.read").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(readsBefore + 2, reads.Count);
        Assert.All(reads.TakeLast(2), a => Assert.Equal(hrId, a.UserId));
    }

    [Fact]
    public async Task EachListRead_WritesOneListAuditRecord_NamingTheCasesOnThePage()
    {
        var before = await ReviewCases.AuditCountAsync(fixture, "outcomes.list");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);

        await hr.Get<OutcomeQueries>().ListAsync(new OutcomeFilter());
        var page = await hr.Get<OutcomeQueries>().ListAsync(new OutcomeFilter { Reviewed = ReviewedFilter.All });

        Assert.Equal(before + 2, await ReviewCases.AuditCountAsync(fixture, "outcomes.list"));
        await using var db = fixture.CreateDbContext();
        var last = await db.AuditLog.Where(a => a.Action == "outcomes.list").OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.NotEmpty(page.Rows);
        Assert.Equal(page.Rows.Select(r => r.Id).Order(), last.ShownCases.Select(s => s.CaseId));
        Assert.Null(last.CaseId);
    }

    private async Task<(int Logistics, int Production)> UnitIdsAsync()
    {
        await using var db = fixture.CreateDbContext();
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Name, u => u.Id);
        return (units[DemoData.Logistics], units[DemoData.Production]);
    }
}
