using System.Text.Json;
using JrCasework.Web.Features.Dashboard;

namespace JrCasework.IntegrationTests.Dashboard;

/// <summary>
/// The manager dashboard on a casebook built for it, on a fixed day (Wednesday 25 November 2026, so
/// "this week" runs to Sunday the 29th). Every figure below is counted by hand from <see cref="DashboardFixture"/>.
/// </summary>
public sealed class DashboardQueriesTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static readonly CompletionPeriod SeptemberToNovember = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30));

    [Fact]
    public async Task FollowUpsPerSupervisor_CountOverdueAndDueUntilSunday_OfOpenCasesInManagedUnitsOnly()
    {
        var dashboard = await LoadAsync(DashboardFixture.ManagerEmail);

        Assert.Equal(["Anna Aarts", "Bert Bos"], dashboard.Supervisors.Select(s => s.Supervisor));
        var anna = dashboard.Supervisors[0];
        var bert = dashboard.Supervisors[1];

        // Anna: 10 Nov and 24 Nov overdue; 25 Nov (today) and 27 Nov due this week; 10 Dec later; the closed case does not count.
        Assert.Equal((3, 2, 2), (anna.OpenCases, anna.Overdue, anna.DueThisWeek));

        // Bert: Sunday 29 Nov is this week, Monday 30 Nov is not.
        Assert.Equal((2, 0, 1), (bert.OpenCases, bert.Overdue, bert.DueThisWeek));
        Assert.Equal(new DateOnly(2026, 11, 29), dashboard.Scope.WeekEnd);
        Assert.Equal(["Dash Assembly", "Dash Packing"], dashboard.UnitNames);
    }

    [Fact]
    public async Task Steps_CountOpenCases_WithDaysInTheStep()
    {
        var dashboard = await LoadAsync(DashboardFixture.ManagerEmail);
        var steps = dashboard.Steps.ToDictionary(s => s.Step);

        Assert.Equal([CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults], dashboard.Steps.Select(s => s.Step));
        Assert.Equal(0, steps[CaseStep.Objective].OpenCases);
        Assert.Equal((1, 2), (steps[CaseStep.Facts].OpenCases, steps[CaseStep.Facts].LongestDays));
        Assert.Equal((1, 10), (steps[CaseStep.WeighAndDecide].OpenCases, steps[CaseStep.WeighAndDecide].LongestDays));

        // Step 4 since 1 Nov, 1 Oct and 1 Aug: 24, 55 and 116 days.
        var check = steps[CaseStep.CheckResults];
        Assert.Equal((3, 55, 116), (check.OpenCases, check.MedianDays, check.LongestDays));
        Assert.Equal((24 + 55 + 116) / 3.0, check.AverageDays, precision: 6);
        Assert.Equal([0, 1, 1, 1], check.PerBand);
        Assert.Equal([1, 0, 0, 0], steps[CaseStep.Facts].PerBand);
        Assert.Equal([0, 1, 0, 0], steps[CaseStep.WeighAndDecide].PerBand);
    }

    [Fact]
    public async Task Completion_CountsOnTimeLateAndMissed_BeforeToday_WithoutCancelled()
    {
        await using var manager = await AsAsync(DashboardFixture.ManagerEmail);

        var completion = await manager.Get<DashboardQueries>().CompletionAsync(SeptemberToNovember);

        // On time: 9 Sep (closed case, checked a day early) and 5 Nov. Late: 15 Oct, checked 20 Oct.
        // Missed: 10 Nov and 24 Nov. Not counted: 20 Nov (cancelled), 25 Nov (today), 27 Nov, and Carl's unit.
        Assert.Equal(new CompletionFigures(2, 1, 2), completion.Total);
        Assert.Equal(new DateOnly(2026, 11, 24), completion.LastCountedDay);
        Assert.Equal(0.4, completion.Total.Share(CompletionClass.OnTime), precision: 6);
        var anna = Assert.Single(completion.PerSupervisor);
        Assert.Equal(("Anna Aarts", new CompletionFigures(2, 1, 2)), (anna.Supervisor, anna.Figures));
    }

    [Fact]
    public async Task Completion_OverAPeriodWithoutDueFollowUps_IsZero()
    {
        await using var manager = await AsAsync(DashboardFixture.ManagerEmail);

        var completion = await manager.Get<DashboardQueries>().CompletionAsync(new CompletionPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));

        Assert.Equal(CompletionFigures.None, completion.Total);
        Assert.Empty(completion.PerSupervisor);
    }

    [Fact]
    public async Task Referred_ListsOnlyOpenCasesReferredToTheManager_EachLinkable()
    {
        var dashboard = await LoadAsync(DashboardFixture.ManagerEmail);

        var referred = Assert.Single(dashboard.Referred);
        Assert.Equal(fixture.References["B1"], referred.Reference);
        Assert.Equal(fixture.CaseIds["B1"], referred.LinkCaseId);
        Assert.Equal(("Bert Bos", CaseStep.CheckResults, new DateOnly(2026, 11, 29)), (referred.Supervisor, referred.Step, referred.NextFollowUp));
    }

    [Fact]
    public async Task DrillDown_ASupervisorsOverdue_ListsThoseCases_EarliestFollowUpFirst()
    {
        var result = await DrillDownAsync(new SupervisorDrillDown(fixture.UserIds["anna"], FollowUpFocus.Overdue));

        Assert.Equal(2, result.Total);
        Assert.Equal([fixture.References["A1"], fixture.References["A2"]], result.Rows.Select(r => r.Reference));
        Assert.All(result.Rows, r => Assert.True(r.IsOverdue));
        Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 24)], result.Rows.Select(r => r.NextFollowUp));
    }

    [Fact]
    public async Task DrillDown_AStep_ListsItsOpenCases_LongestWaitingFirst()
    {
        var result = await DrillDownAsync(new StepDrillDown(CaseStep.CheckResults));

        Assert.Equal([fixture.References["B1"], fixture.References["A2"], fixture.References["A1"]], result.Rows.Select(r => r.Reference));
        Assert.Equal(new DateTime(2026, 8, 1, 9, 0, 0, DateTimeKind.Utc), result.Rows[0].StepEnteredAtUtc);
    }

    [Theory]
    [InlineData(CompletionClass.OnTime, "A1 A4")]
    [InlineData(CompletionClass.Late, "A2")]
    [InlineData(CompletionClass.Missed, "A1 A2")]
    public async Task DrillDown_ACompletionSlice_ListsTheCasesWithSuchAFollowUp(CompletionClass completion, string cases)
    {
        var result = await DrillDownAsync(new CompletionDrillDown(completion, SeptemberToNovember));

        Assert.Equal(cases.Split(' ').Select(c => fixture.References[c]).Order(), result.Rows.Select(r => r.Reference).Order());
    }

    [Fact]
    public async Task DrillDownRows_CarryNoCaseContent_AndOnlyReferredCasesAreLinkable()
    {
        DrillDown[] requests =
        [
            new SupervisorDrillDown(fixture.UserIds["anna"], FollowUpFocus.OpenCases),
            new SupervisorDrillDown(fixture.UserIds["bert"], FollowUpFocus.OpenCases),
            new StepDrillDown(CaseStep.CheckResults),
            new CompletionDrillDown(CompletionClass.OnTime, SeptemberToNovember),
        ];
        var rows = new List<DashboardCaseRow>();
        foreach (var request in requests)
        {
            rows.AddRange((await DrillDownAsync(request)).Rows);
        }

        var dashboard = await LoadAsync(DashboardFixture.ManagerEmail);
        var everything = JsonSerializer.Serialize(new { rows, dashboard });

        Assert.Equal(6, rows.Select(r => r.Reference).Distinct().Count());
        Assert.DoesNotContain(DashboardFixture.Marker, everything, StringComparison.OrdinalIgnoreCase);
        Assert.All(rows.Where(r => r.Reference != fixture.References["B1"]), r => Assert.Null(r.LinkCaseId));
        Assert.All(rows.Where(r => r.Reference == fixture.References["B1"]), r => Assert.Equal(fixture.CaseIds["B1"], r.LinkCaseId));
    }

    [Fact]
    public async Task AManager_SeesOnlyTheUnitsTheyManage()
    {
        var karin = await LoadAsync(DemoData.Manager.Email);
        var dash = await LoadAsync(DashboardFixture.ManagerEmail);

        Assert.DoesNotContain(karin.Supervisors, s => s.Supervisor is "Anna Aarts" or "Bert Bos" or "Carl Claes");
        Assert.Contains(karin.Supervisors, s => s.Supervisor == DemoData.SupervisorProduction.DisplayName);
        Assert.DoesNotContain(dash.Supervisors, s => s.Supervisor is "Carl Claes" || s.Supervisor == DemoData.SupervisorProduction.DisplayName);
        Assert.Equal(5, dash.Steps.Sum(s => s.OpenCases));
    }

    [Fact]
    public async Task DrillDown_IntoASupervisorOutsideTheManagersUnits_ListsNothing()
    {
        var result = await DrillDownAsync(new SupervisorDrillDown(fixture.UserIds["carl"], FollowUpFocus.Overdue));
        var all = await DrillDownAsync(new SupervisorDrillDown(fixture.UserIds["carl"], FollowUpFocus.OpenCases));

        Assert.Equal(0, result.Total);
        Assert.Equal(0, all.Total);
    }

    [Fact]
    public async Task AManagerWithoutUnits_GetsAnEmptyDashboard()
    {
        var dashboard = await LoadAsync(DashboardFixture.ManagerWithoutUnitsEmail);

        Assert.False(dashboard.HasUnits);
        Assert.Empty(dashboard.Supervisors);
        Assert.Equal(0, dashboard.Steps.Sum(s => s.OpenCases));
        Assert.Equal(CompletionFigures.None, dashboard.Completion.Total);
    }

    [Theory]
    [InlineData("sanne@example.com")]
    [InlineData("hr@example.com")]
    [InlineData("admin@example.com")]
    public async Task AnyoneButAManager_IsRefused(string email)
    {
        await using var other = await AsAsync(email);
        var queries = other.Get<DashboardQueries>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.LoadAsync(SeptemberToNovember));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.CompletionAsync(SeptemberToNovember));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.DrillDownAsync(new StepDrillDown(CaseStep.CheckResults)));
    }

    [Fact]
    public async Task Nobody_SignedIn_IsRefused()
    {
        await using var anonymous = SignedInScope.Anonymous(fixture.App.Services);

        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.Get<DashboardQueries>().LoadAsync(SeptemberToNovember));
    }

    private Task<SignedInScope> AsAsync(string email) => SignedInScope.AsAsync(fixture.App.Services, email);

    private async Task<ManagerDashboard> LoadAsync(string email)
    {
        await using var scope = await AsAsync(email);
        return await scope.Get<DashboardQueries>().LoadAsync(SeptemberToNovember);
    }

    private async Task<DrillDownResult> DrillDownAsync(DrillDown request)
    {
        await using var scope = await AsAsync(DashboardFixture.ManagerEmail);
        return await scope.Get<DashboardQueries>().DrillDownAsync(request);
    }
}
