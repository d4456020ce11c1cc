using Microsoft.AspNetCore.TestHost;

namespace JrCasework.IntegrationTests.Demo;

public sealed class DemoCasesTests
{
    [Fact]
    public async Task DemoCases_AreOpenInEveryStep_AndClosedWithEveryOutcome()
    {
        var cases = await LoadDemoCasesAsync();

        Assert.InRange(cases.Count, 16, 24);
        foreach (var step in Enum.GetValues<CaseStep>())
        {
            Assert.Contains(cases, c => c.Step == step);
        }

        foreach (var met in Enum.GetValues<ObjectiveMet>())
        {
            Assert.Contains(cases, c => c.FinalOutcome?.ObjectiveMet == met);
        }

        Assert.All(cases.Where(c => c.FinalOutcome?.ObjectiveMet == ObjectiveMet.No), c => Assert.False(string.IsNullOrWhiteSpace(c.FinalOutcome!.CloseAnywayReason)));
    }

    [Fact]
    public async Task DemoCases_IncludeAnOverdueFollowUp_AReferredCase_AndASecondLoop()
    {
        var now = DateTime.UtcNow;
        await using var factory = new JrCaseworkFactory();
        using var client = factory.CreateClient();
        await using var db = factory.CreateDbContext();
        var cases = await db.CasesWithParts.AsNoTracking().ToListAsync();
        var managerId = (await db.Users.SingleAsync(u => u.Email == DemoData.Manager.Email)).Id;

        Assert.Contains(cases, c => !c.IsClosed && c.FollowUps.Any(f => f.IsOverdue(DateOnly.FromDateTime(now))));
        var referred = Assert.Single(cases, c => c.ReferredToUserId is not null);
        Assert.Equal(managerId, referred.ReferredToUserId);
        Assert.Equal(Handling.ReferredToManager, referred.CurrentPlan!.Handling);
        var looped = Assert.Single(cases, c => c.Loop == 2);
        Assert.Equal(CaseStep.Facts, looped.Step);
        Assert.Contains(looped.Outcomes, o => o.Loop == 1 && !o.ClosedCase);
    }

    [Fact]
    public async Task DemoCases_BelongToBothSupervisors_AndOnlyConcernEmployeesOfTheirOwnTeam()
    {
        await using var factory = new JrCaseworkFactory();
        using var client = factory.CreateClient();
        await using var db = factory.CreateDbContext();
        var cases = await db.CasesWithParts.AsNoTracking().ToListAsync();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var employees = await db.Employees.AsNoTracking().ToDictionaryAsync(e => e.Id);

        Assert.Equal(
            new[] { DemoData.SupervisorProduction.Email, DemoData.SupervisorLogistics.Email }.Order(),
            cases.Select(c => users[c.OwnerUserId].Email).Distinct().Order());
        Assert.All(cases, c =>
        {
            Assert.Equal(users[c.OwnerUserId].OrgUnitId, c.OrgUnitId);
            Assert.All(c.Employees, e =>
            {
                Assert.Equal(c.OrgUnitId, employees[e.EmployeeId].OrgUnitId);
                Assert.Equal(c.OwnerUserId, employees[e.EmployeeId].SupervisorUserId);
            });
        });
    }

    [Fact]
    public async Task DemoCases_FollowTheMethod_InBothLanguages_AcrossEveryCategory()
    {
        var cases = await LoadDemoCasesAsync();

        Assert.Equal(Enumerable.Range(1, 8), cases.Select(c => c.CategoryId).Distinct().Order());
        Assert.Contains(cases, c => c.Title.Contains(" de ", StringComparison.Ordinal) || c.Title.Contains(" en ", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Title.Contains(" the ", StringComparison.Ordinal) || c.Title.Contains("'s ", StringComparison.Ordinal));
        Assert.All(cases, c => Assert.NotEmpty(c.History));
        Assert.All(cases.Where(c => c.Step > CaseStep.Facts), c =>
        {
            // The whole story, or a written reason why not.
            Assert.True(c.MissingParts().Count == 0 || c.Overrides.Count > 0, c.Reference);
            Assert.All(c.Employees, e => Assert.Contains(c.Facts, f => f.Kind == FactKind.Conversation && f.ConversationWithEmployeeId == e.EmployeeId));
        });
        Assert.All(cases.Where(c => c.Decisions.Count > 0), c =>
        {
            Assert.True(c.PossibleActions.Count(a => a.IsWeighed) >= 2, c.Reference);
            Assert.All(c.Decisions, d => Assert.False(string.IsNullOrWhiteSpace(d.Rationale)));
        });
        Assert.All(cases.Where(c => c.Step >= CaseStep.CheckResults), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.ActionPlans[0].ExplanationToEmployee));
            Assert.NotEmpty(c.FollowUps);
        });
        Assert.All(cases.Where(c => c.IsClosed), c => Assert.False(string.IsNullOrWhiteSpace(c.FinalOutcome!.LessonsLearned)));
        Assert.Contains(cases, c => c.FollowUps.Any(f => f.Status == FollowUpStatus.Done && f.OutputChange is not null && f.AttitudeChange is not null && f.RelationshipChange is not null));
    }

    [Fact]
    public async Task DemoCases_RecordNoMedicalDetails()
    {
        string[] medical = ["diagnos", "griep", "burn-out", "burnout", "depressi", "rugklacht", "flu", "migraine", "operatie", "surgery", "illness", "ziekte"];
        var cases = await LoadDemoCasesAsync();

        var texts = cases.SelectMany(c => c.Facts.Select(f => f.Text).Append(c.Title).Append(c.Objective)
            .Concat(c.FollowUps.SelectMany(f => new[] { f.OutputChange, f.AttitudeChange, f.RelationshipChange, f.Note }))
            .Concat(c.Outcomes.SelectMany(o => new[] { o.HowItHelped, o.LessonsLearned, o.CloseAnywayReason })));
        Assert.All(texts.OfType<string>(), text => Assert.DoesNotContain(medical, word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task DemoCases_AreDatedAgainstTheInjectedClock_AndNumberedPerYearFromOne()
    {
        var now = new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero);
        await using var factory = new JrCaseworkFactory();
        await using var pinned = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(now))));
        using var client = pinned.CreateClient();
        await using var db = pinned.Services.GetRequiredService<IDbContextFactory<JrCasework.Data.JrCaseworkDbContext>>().CreateDbContext();
        var cases = await db.CasesWithParts.AsNoTracking().ToListAsync();

        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.True(c.LastChangedAtUtc < now.UtcDateTime && c.OpenedAtUtc > now.UtcDateTime.AddYears(-1), c.Reference));
        Assert.All(cases, c => Assert.Equal(c.OpenedAtUtc.Year, c.ReferenceYear));
        Assert.Contains(cases, c => c.FollowUps.Any(f => f.IsOverdue(DateOnly.FromDateTime(now.UtcDateTime))));

        // Cases opened late in 2026 and in 2027 are numbered separately, each year from 1, in opening order.
        foreach (var year in cases.GroupBy(c => c.ReferenceYear))
        {
            Assert.Equal(Enumerable.Range(1, year.Count()), year.OrderBy(c => c.OpenedAtUtc).Select(c => c.ReferenceSequence));
        }

        Assert.Equal(2, cases.Select(c => c.ReferenceYear).Distinct().Count());
    }

    [Fact]
    public async Task Startup_RestartedOnTheSameData_SeedsNoDemoCaseTwice()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", Guid.NewGuid().ToString("N"));
        List<string> referencesAfterFirstStart;
        await using (var first = new JrCaseworkFactory(dataDirectory) { DeleteDataDirectory = false })
        {
            using var client = first.CreateClient();
            await using var db = first.CreateDbContext();
            referencesAfterFirstStart = await db.Cases.Select(c => c.Reference).OrderBy(r => r).ToListAsync();
        }

        await using var second = new JrCaseworkFactory(dataDirectory);
        using var secondClient = second.CreateClient();
        await using var secondDb = second.CreateDbContext();

        Assert.NotEmpty(referencesAfterFirstStart);
        Assert.Equal(referencesAfterFirstStart, await secondDb.Cases.Select(c => c.Reference).OrderBy(r => r).ToListAsync());
        Assert.Equal(referencesAfterFirstStart.Count, await secondDb.Set<CaseEmployee>().Select(e => EF.Property<int>(e, "CaseId")).Distinct().CountAsync());
    }

    private static async Task<List<JrCase>> LoadDemoCasesAsync()
    {
        await using var factory = new JrCaseworkFactory();
        using var client = factory.CreateClient();
        await using var db = factory.CreateDbContext();
        return await db.CasesWithParts.AsNoTracking().ToListAsync();
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
