namespace JrCasework.IntegrationTests.Cases;

public sealed class CaseAccessTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    /// <summary>Users who may not read Sanne's cases: another supervisor, a manager she has not referred to, the administrator, HR for another unit.</summary>
    public static TheoryData<string> WithoutAccess =>
        [DemoData.SupervisorLogistics.Email, DemoData.Manager.Email, DemoData.Admin.Email, CaseFixture.HrLogisticsEmail];

    /// <summary>Users who are not supervisors.</summary>
    public static TheoryData<string> NotSupervisors => [DemoData.Manager.Email, DemoData.Hr.Email, DemoData.Admin.Email];

    [Fact]
    public async Task TheOwningSupervisor_ReadsAndChangesTheCase()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var service = sanne.Get<CaseService>();

        var read = await service.GetAsync(opened.Id);
        var changed = await service.ChangeAsync(opened.Id, read.Version, "objective.change", (c, by) => c.ChangeObjective("Jan starts on time every day", by));

        Assert.Equal("Jan starts on time every day", (await service.GetAsync(opened.Id)).Objective);
        Assert.NotEqual(read.Version, changed.Version);
    }

    [Theory]
    [MemberData(nameof(WithoutAccess))]
    public async Task AnyoneWithoutAccess_GetsNotFound_ForReadsAndWrites_AndEachAttemptIsAuditedAsARefusal(string email)
    {
        await fixture.EnsureHrForLogisticsAsync();
        var opened = await fixture.OpenSannesCaseAsync();
        var auditBefore = await fixture.AuditCountAsync(opened.Id);
        await using var other = await fixture.AsAsync(email);
        var service = other.Get<CaseService>();

        await Assert.ThrowsAsync<CaseNotFoundException>(() => service.GetAsync(opened.Id));
        await Assert.ThrowsAsync<CaseNotFoundException>(() =>
            service.ChangeAsync(opened.Id, opened.Version, "objective.change", (c, by) => c.ChangeObjective("Taken over", by)));

        Assert.Equal(auditBefore + 2, await fixture.AuditCountAsync(opened.Id));
        await using (var db = fixture.CreateDbContext())
        {
            var otherId = await fixture.UserIdAsync(email);
            var refusals = await db.AuditLog.Where(a => a.CaseId == opened.Id).OrderByDescending(a => a.Sequence).Take(2).ToListAsync();
            Assert.All(refusals, a => Assert.Equal((otherId, "case.refused"), (a.UserId, a.Action)));
            Assert.Equal(["change", "read"], refusals.Select(a => a.Detail));
        }

        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        Assert.Equal("Jan is on time again", (await sanne.Get<CaseService>().GetAsync(opened.Id)).Objective);
    }

    [Fact]
    public async Task HrInScope_ReadsTheCase_ButCannotChangeIt()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        var service = hr.Get<CaseService>();

        var read = await service.GetAsync(opened.Id);

        Assert.Equal(opened.Reference, read.Reference);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ChangeAsync(opened.Id, read.Version, "objective.change", (c, by) => c.ChangeObjective("HR wrote this", by)));
    }

    [Fact]
    public async Task TheReferredManager_OpeningTheReviewPanel_IsNoRefusedAttempt()
    {
        var opened = await fixture.OpenSannesCaseAsync("Referred, then looked at");
        var managerId = await fixture.UserIdAsync(DemoData.Manager.Email);
        await CaseWalk.ToTakeActionAsync(fixture, opened.Id);
        await CaseWalk.ChangeAsync(fixture, opened.Id, "plan", (c, by) =>
            c.PlanAction(new ActionPlanInput(Handling.ReferredToManager, null, managerId, "Monday", "Office", null), by));
        await using var manager = await fixture.AsAsync(DemoData.Manager.Email);

        await Assert.ThrowsAsync<CaseNotFoundException>(() => manager.Get<JrCasework.Web.Features.Reviews.ReviewService>().GetAsync(opened.Id));

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.AuditLog.AnyAsync(a => a.CaseId == opened.Id && a.Action == "case.refused"));
    }

    [Fact]
    public async Task AReferredCase_IsReadableByThatManager_ButStillChangedOnlyByItsSupervisor()
    {
        var opened = await fixture.OpenSannesCaseAsync("Conflict in the night shift");
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Null(await db.Cases.Where(c => c.Id == opened.Id).Select(c => c.ReferredToUserId).SingleAsync());
        }

        var managerId = await fixture.UserIdAsync(DemoData.Manager.Email);
        await CaseWalk.ToTakeActionAsync(fixture, opened.Id);
        await CaseWalk.ChangeAsync(fixture, opened.Id, "plan", (c, by) =>
            c.PlanAction(new ActionPlanInput(Handling.ReferredToManager, null, managerId, "Monday", "Office", null), by));

        await using var manager = await fixture.AsAsync(DemoData.Manager.Email);
        var read = await manager.Get<CaseService>().GetAsync(opened.Id);
        Assert.Equal(managerId, read.ReferredToUserId);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            manager.Get<CaseService>().ChangeAsync(opened.Id, read.Version, "objective.change", (c, by) => c.ChangeObjective("Manager wrote this", by)));
    }

    [Fact]
    public async Task OpeningACase_AboutAnEmployeeOfAnotherUnit_IsRefused()
    {
        var logisticsEmployee = await fixture.EmployeeIdAsync("L-2001");
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            sanne.Get<CaseService>().OpenAsync(new NewCase("Not my team", 1, ProblemOrigin.RanIntoIt, null, [logisticsEmployee])));
    }

    [Theory]
    [MemberData(nameof(NotSupervisors))]
    public async Task OnlySupervisors_OpenCases(string email)
    {
        var employee = await fixture.EmployeeIdAsync("P-1002");
        await using var other = await fixture.AsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            other.Get<CaseService>().OpenAsync(new NewCase("Someone else's", 1, ProblemOrigin.RanIntoIt, null, [employee])));
    }

    [Fact]
    public async Task EveryContentReadAndWrite_LeavesExactlyOneAuditRecord_WithoutContent()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        Assert.Equal(1, await fixture.AuditCountAsync(opened.Id));
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var service = sanne.Get<CaseService>();

        var read = await service.GetAsync(opened.Id);
        Assert.Equal(2, await fixture.AuditCountAsync(opened.Id));

        await service.ChangeAsync(opened.Id, read.Version, "facts.start", (c, by) => c.StartGettingFacts(by));
        Assert.Equal(3, await fixture.AuditCountAsync(opened.Id));

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditLog.Where(a => a.CaseId == opened.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["case.open", "case.read", "case.facts.start"], actions);
    }

    [Fact]
    public async Task ARefusedMove_SavesNothing_AndAuditsNothing()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        var auditBefore = await fixture.AuditCountAsync(opened.Id);
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() =>
            sanne.Get<CaseService>().ChangeAsync(opened.Id, opened.Version, "weigh.start", (c, by) => c.StartWeighing(by)));

        Assert.Equal(CaseRule.NotInThisStep, refused.Rule);
        Assert.Equal(auditBefore, await fixture.AuditCountAsync(opened.Id));
        await using var db = fixture.CreateDbContext();
        var stored = await db.Cases.Include(c => c.History).SingleAsync(c => c.Id == opened.Id);
        Assert.Equal(opened.Version, stored.Version);
        Assert.Single(stored.History);
    }
}
