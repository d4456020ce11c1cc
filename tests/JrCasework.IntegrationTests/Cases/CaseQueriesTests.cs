namespace JrCasework.IntegrationTests.Cases;

/// <summary>The supervisor's case list on the demo casebook (Sanne: Production, Tom: Logistics).</summary>
public sealed class CaseQueriesTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task MyCases_ListsOnlyTheCallersOwnOpenCases()
    {
        var sanneId = await fixture.UserIdAsync(DemoData.SupervisorProduction.Email);
        List<int> expected;
        await using (var db = fixture.CreateDbContext())
        {
            expected = await db.Cases.Where(c => c.OwnerUserId == sanneId && c.Step != CaseStep.Closed).Select(c => c.Id).ToListAsync();
        }

        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter());

        Assert.NotEmpty(listed);
        Assert.Equal(expected.Order(), listed.Select(c => c.Id).Order());
        Assert.DoesNotContain(listed, c => c.Step == CaseStep.Closed);
    }

    [Fact]
    public async Task OverdueFollowUps_ComeFirst_ThenTheCaseLongestInItsStep()
    {
        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter());

        Assert.True(listed[0].IsOverdue, "The demo casebook has an overdue follow-up; it should lead the list.");
        var overdue = listed.TakeWhile(c => c.IsOverdue).ToList();
        var rest = listed.Skip(overdue.Count).ToList();
        Assert.DoesNotContain(rest, c => c.IsOverdue);
        Assert.Equal(overdue.OrderBy(c => c.NextFollowUp).Select(c => c.Id), overdue.Select(c => c.Id));
        Assert.Equal(rest.OrderBy(c => c.StepEnteredAtUtc).Select(c => c.Id), rest.Select(c => c.Id));
    }

    [Fact]
    public async Task TheStepFilter_ListsOnlyCasesInThatStep()
    {
        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Step: CaseStep.CheckResults));

        Assert.NotEmpty(listed);
        Assert.All(listed, c => Assert.Equal(CaseStep.CheckResults, c.Step));
    }

    [Fact]
    public async Task TheCategoryFilter_ListsOnlyCasesOfThatCategory()
    {
        var all = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter());
        var category = all[0].CategoryId;

        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(CategoryId: category));

        Assert.Equal(all.Where(c => c.CategoryId == category).Select(c => c.Id).Order(), listed.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ShowClosedCases_AddsTheClosedCasesAfterTheOpenOnes_MostRecentlyClosedFirst()
    {
        var open = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter());
        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(IncludeClosed: true));

        var closed = listed.Skip(open.Count).ToList();
        Assert.NotEmpty(closed);
        Assert.Equal(open.Select(c => c.Id), listed.Take(open.Count).Select(c => c.Id));
        Assert.All(closed, c => Assert.Equal(CaseStep.Closed, c.Step));
        Assert.All(closed, c => Assert.NotNull(c.ClosedAtUtc));
        Assert.Equal(closed.OrderByDescending(c => c.ClosedAtUtc).Select(c => c.Id), closed.Select(c => c.Id));
    }

    [Fact]
    public async Task TheSearch_FindsByReference_ByEmployee_AndByTitle_ButNeverAnotherSupervisorsCase()
    {
        var all = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter());
        var target = all[^1];

        var byReference = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: target.Reference.ToLowerInvariant()));
        var byEmployee = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: "  jan smit "));
        var byTitle = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: target.Title[..8]));
        var tomsTitle = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: "reach truck"));

        Assert.Equal([target.Id], byReference.Select(c => c.Id));
        Assert.NotEmpty(byEmployee);
        Assert.All(byEmployee, c => Assert.Contains("Jan Smit", c.Employees));
        Assert.Contains(target.Id, byTitle.Select(c => c.Id));
        Assert.Empty(tomsTitle);
        Assert.NotEmpty(await MyCasesAsync(DemoData.SupervisorLogistics.Email, new CaseListFilter(Search: "reach truck")));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("JAN%SMIT")]
    public async Task TheSearch_TakesWhatWasTypedAsText_NotAsAPattern(string typed) =>
        Assert.Empty(await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: typed)));

    [Fact]
    public async Task EveryCall_LeavesExactlyOneCaseListAuditRecord_NamingTheCasesShown()
    {
        var sanneId = await fixture.UserIdAsync(DemoData.SupervisorProduction.Email);
        var before = await ListAuditsAsync(sanneId);

        var listed = await MyCasesAsync(DemoData.SupervisorProduction.Email, new CaseListFilter(Search: "Jan"));

        var after = await ListAuditsAsync(sanneId);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Null(after[^1].CaseId);
        Assert.NotEmpty(listed);
        Assert.Equal(listed.Select(c => c.Id).Order(), after[^1].ShownCases.Select(s => s.CaseId));
    }

    [Theory]
    [InlineData("manager@example.com")]
    [InlineData("hr@example.com")]
    [InlineData("admin@example.com")]
    public async Task AnyoneButASupervisor_IsRefused(string email)
    {
        await using var other = await fixture.AsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => other.Get<CaseQueries>().MyCasesAsync(new CaseListFilter()));
    }

    private async Task<IReadOnlyList<CaseListItem>> MyCasesAsync(string email, CaseListFilter filter)
    {
        await using var scope = await fixture.AsAsync(email);
        return await scope.Get<CaseQueries>().MyCasesAsync(filter);
    }

    /// <summary>The case ids of the user's "case.list" audit records, oldest first.</summary>
    private async Task<List<Domain.Auditing.AuditRecord>> ListAuditsAsync(string userId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditLog.Where(a => a.UserId == userId && a.Action == "case.list").OrderBy(a => a.Id).ToListAsync();
    }
}
