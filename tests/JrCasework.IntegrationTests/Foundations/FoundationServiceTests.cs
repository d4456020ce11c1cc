using JrCasework.Domain.Foundations;
using JrCasework.Web.Features.Foundations;

namespace JrCasework.IntegrationTests.Foundations;

public sealed class FoundationServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public async Task TheDemoTeam_ShowsEachPersonsStanding_FromTheDemoMoments()
    {
        await using var app = new CaseFixture { Clock = new FakeTimeProvider(Now) };
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);

        var team = await sanne.Get<FoundationService>().MyTeamAsync();

        Assert.Equal(6, team.Count);
        var jan = team.Single(r => r.EmployeeNumber == "P-1001");
        Assert.Equal((Today.AddDays(-10), FoundationState.Current), (jan[Foundation.HowTheyAreGettingAlong].LastDone, jan[Foundation.HowTheyAreGettingAlong].State));
        Assert.Equal(FoundationState.Overdue, jan[Foundation.Credit].State);
        Assert.Equal(FoundationState.DueSoon, team.Single(r => r.EmployeeNumber == "P-1002")[Foundation.HowTheyAreGettingAlong].State);
        Assert.Equal(FoundationState.NeverDone, team.Single(r => r.EmployeeNumber == "P-1006")[Foundation.HowTheyAreGettingAlong].State);
        Assert.All(team, r => Assert.Equal(Today.AddDays(-40), r[Foundation.ChangeInAdvance].LastDone));
    }

    [Fact]
    public async Task LoggingCredit_AndAChangeForTheWholeTeam_UpdatesTheNudges_AndIsAudited()
    {
        await using var app = new CaseFixture { Clock = new FakeTimeProvider(Now) };
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);
        var service = sanne.Get<FoundationService>();
        var team = await service.MyTeamAsync();
        var kees = team.Single(r => r.EmployeeNumber == "P-1006");
        await using var db = app.CreateDbContext();
        var audits = await db.AuditLog.CountAsync(a => a.Action == "foundation.log");

        await service.LogAsync(new LogMoment(Foundation.HowTheyAreGettingAlong, [kees.EmployeeId], Today, "First check-in", null));
        await service.LogAsync(new LogMoment(Foundation.ChangeInAdvance, [.. team.Select(r => r.EmployeeId)], Today,
            null, new ChangeDetails("New packing line", Today.AddDays(30), true, Reception.Accepted)));

        var after = await service.MyTeamAsync();
        Assert.Equal(FoundationState.Current, after.Single(r => r.EmployeeId == kees.EmployeeId)[Foundation.HowTheyAreGettingAlong].State);
        Assert.All(after, r => Assert.Equal(Today, r[Foundation.ChangeInAdvance].LastDone));
        Assert.Equal(audits + 2, await db.AuditLog.CountAsync(a => a.Action == "foundation.log"));
    }

    [Fact]
    public async Task ASupervisor_CannotLogForOrReadSomeoneOutsideTheirTeam()
    {
        await using var app = new CaseFixture { Clock = new FakeTimeProvider(Now) };
        await using var tom = await app.AsAsync(DemoData.SupervisorLogistics.Email);
        var jan = await app.EmployeeIdAsync("P-1001");

        await Assert.ThrowsAsync<AccessDeniedException>(() => tom.Get<FoundationService>().LogAsync(new LogMoment(Foundation.Credit, [jan], Today, "x", null)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => tom.Get<FoundationService>().PersonAsync(jan));
    }

    [Fact]
    public async Task APersonsPage_ShowsTheirMomentsAndTheSupervisorsOwnCases()
    {
        await using var app = new CaseFixture { Clock = new FakeTimeProvider(Now) };
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);
        var jan = await app.EmployeeIdAsync("P-1001");

        var person = await sanne.Get<FoundationService>().PersonAsync(jan);

        Assert.Equal("Jan Smit", person.Row.FullName);
        Assert.Contains(person.Moments, m => m.Foundation == Foundation.ChangeInAdvance && m.With.Contains("Kees Mulder"));
        Assert.NotEmpty(person.Cases);
        await using var db = app.CreateDbContext();
        var sannesId = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.Id).SingleAsync();
        var ids = person.Cases.Select(c => c.CaseId).ToList();
        Assert.All(await db.Cases.Where(c => ids.Contains(c.Id)).ToListAsync(), c => Assert.Equal(sannesId, c.OwnerUserId));
        var audit = await db.AuditLog.Where(a => a.UserId == sannesId && a.Action == "foundation.person.read").SingleAsync();
        Assert.Equal(ids.Order(), audit.ShownCases.Select(s => s.CaseId));
    }

    [Fact]
    public async Task TheManager_SeesCountsPerSupervisor_AndASupervisorCannot()
    {
        await using var app = new CaseFixture { Clock = new FakeTimeProvider(Now) };
        await using var karin = await app.AsAsync(DemoData.Manager.Email);
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);

        var supervisors = await karin.Get<FoundationService>().SupervisorsAsync();

        var production = supervisors.Single(s => s.SupervisorName == DemoData.SupervisorProduction.DisplayName);
        Assert.Equal(6, production.TeamSize);
        var gettingAlong = production.Foundations.Single(f => f.Foundation == Foundation.HowTheyAreGettingAlong);
        Assert.Equal((2, 1, 2, 1), (gettingAlong.Current, gettingAlong.DueSoon, gettingAlong.Overdue, gettingAlong.NeverDone));
        Assert.Equal(50, gettingAlong.PercentUpToDate);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sanne.Get<FoundationService>().SupervisorsAsync());
    }
}
