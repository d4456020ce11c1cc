using JrCasework.Domain.Auditing;
using JrCasework.Web.Features.Reports;

namespace JrCasework.IntegrationTests.Reports;

// Who sees which report, and that each load is audited.
public sealed partial class ReportQueriesTests
{
    [Fact]
    public async Task HrForOneUnit_SeesOnlyThatUnit_AndIsRefusedAnother()
    {
        await using var henk = await AsAsync(ReportFixture.HenkEmail);
        var queries = henk.Get<ReportQueries>();

        var units = await queries.UnitsAsync();
        var report = await queries.LoadAsync(Quarter, null);

        Assert.Equal(["Rpt Packing"], units.Select(u => u.Name));
        Assert.Equal(["Rpt Packing"], report.Units.Select(u => u.Name));
        Assert.Equal((ReportCount.Shown(6), ReportCount.Shown(5)), (report.Summary.Opened, report.Summary.Closed));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.LoadAsync(Quarter, fixture.UnitIds["assembly"]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.ExportAsync(Quarter, fixture.UnitIds["root"]));
    }

    [Fact]
    public async Task ChoosingAUnit_CountsThatUnitAndTheUnitsBelowIt()
    {
        var assembly = await LoadAsync(ReportFixture.HannaEmail, fixture.UnitIds["assembly"]);

        Assert.Equal("Rpt Assembly", assembly.Request.ScopeName);
        Assert.Equal([fixture.UnitIds["assembly"]], assembly.Request.UnitIds);
        Assert.Equal((ReportCount.Shown(14), ReportCount.Shown(12)), (assembly.Summary.Opened, assembly.Summary.Closed));
    }

    [Fact]
    public async Task TheDemoHr_DoesNotSeeTheseUnits_NorTheseUnitsTheDemoCases()
    {
        await using var eva = await AsAsync(DemoData.Hr.Email);
        var units = await eva.Get<ReportQueries>().UnitsAsync();
        var hanna = await LoadAsync(ReportFixture.HannaEmail);

        Assert.DoesNotContain(units, u => u.Name.StartsWith("Rpt ", StringComparison.Ordinal));
        Assert.Contains(units, u => u.Name == DemoData.Production);
        Assert.DoesNotContain(hanna.Units, u => u.Name == DemoData.Production);
    }

    [Fact]
    public async Task ASelectionWithFewerThanFiveCases_SaysSo_AndGivesNoFigures()
    {
        // The second quarter: Y1 (opened and closed) and P1 (opened) only.
        var report = await LoadAsync(ReportFixture.HannaEmail, period: new ReportPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)));

        Assert.True(report.TooFewCases);
        Assert.Equal(ReportCount.FewerThanFive, report.Summary.Opened);
        Assert.Null(report.Summary.ObjectiveMet);
        Assert.Empty(report.Units);
        Assert.Empty(report.Supervisors);
        Assert.Empty(report.Categories);
    }

    [Theory]
    [InlineData("sanne@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("admin@example.com")]
    [InlineData(ReportFixture.AnnaEmail)]
    public async Task AnyoneButHr_IsRefused(string email)
    {
        await using var other = await AsAsync(email);
        var queries = other.Get<ReportQueries>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.UnitsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.LoadAsync(Quarter, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.ExportAsync(Quarter, null));
    }

    [Fact]
    public async Task Nobody_SignedIn_IsRefused()
    {
        await using var anonymous = SignedInScope.Anonymous(fixture.App.Services);

        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.Get<ReportQueries>().LoadAsync(Quarter, null));
    }

    [Fact]
    public async Task EachReportLoad_IsAuditedOnce_WithoutACaseId()
    {
        var before = await AuditAsync(AuditActions.ReportView);

        await LoadAsync(ReportFixture.HannaEmail);

        var after = await AuditAsync(AuditActions.ReportView);
        var added = Assert.Single(after.Except(before));
        Assert.Null(added.CaseId);
        Assert.Equal(ReportFixture.Now.UtcDateTime, added.AtUtc);
    }

    private Task<SignedInScope> AsAsync(string email) => SignedInScope.AsAsync(fixture.App.Services, email);

    private async Task<CaseReport> LoadAsync(string email, int? unitId = null, ReportPeriod? period = null)
    {
        await using var scope = await AsAsync(email);
        return await scope.Get<ReportQueries>().LoadAsync(period ?? Quarter, unitId);
    }

    private async Task<List<(long Id, int? CaseId, DateTime AtUtc)>> AuditAsync(string action)
    {
        await using var db = fixture.App.CreateDbContext();
        var hanna = fixture.UserIds["hanna"];
        var records = await db.AuditLog.AsNoTracking().Where(a => a.UserId == hanna && a.Action == action).ToListAsync();
        return [.. records.Select(a => (a.Id, a.CaseId, a.AtUtc))];
    }

    private static DayFigures Rounded(DayFigures days) => new(days.AverageDays is { } average ? Math.Round(average, 4) : null, days.MedianDays);
}
