using JrCasework.IntegrationTests.Admin;
using JrCasework.Web.Features.Cases.Opening;

namespace JrCasework.IntegrationTests.Cases;

public sealed class TeamDirectoryTests : AppTest
{
    private async Task<string> UserIdAsync(DemoAccount account) =>
        (await Factory.CreateDbContext().Users.SingleAsync(u => u.Email == account.Email)).Id;

    [Fact]
    public async Task ASupervisor_SeesTheCurrentEmployeesOfTheirOwnUnitOnly()
    {
        var sanneId = await UserIdAsync(DemoData.SupervisorProduction);
        await using (var db = Factory.CreateDbContext())
        {
            var jan = await db.Employees.SingleAsync(e => e.EmployeeNumber == "P-1001");
            var kees = await db.Employees.SingleAsync(e => e.EmployeeNumber == "P-1006");
            jan.MarkAsLeft(new DateOnly(2020, 1, 31));
            kees.MarkAsLeft(new DateOnly(2999, 12, 31));
            await db.SaveChangesAsync();
        }

        await using var scope = await AsAsync(DemoData.SupervisorProduction.Email);
        var team = await scope.Get<TeamDirectory>().EmployeesOfSupervisorAsync(sanneId);

        Assert.Equal(["P-1002", "P-1003", "P-1004", "P-1005", "P-1006"], team.Select(e => e.EmployeeNumber).Order());
    }

    [Fact]
    public async Task ASupervisor_AskingForAnotherSupervisorsTeam_IsRefused()
    {
        var tomId = await UserIdAsync(DemoData.SupervisorLogistics);
        await using var scope = await AsAsync(DemoData.SupervisorProduction.Email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<TeamDirectory>().EmployeesOfSupervisorAsync(tomId));
    }

    [Theory]
    [InlineData("admin@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("hr@example.com")]
    public async Task OtherRoles_AreRefused(string email)
    {
        var sanneId = await UserIdAsync(DemoData.SupervisorProduction);
        await using var scope = await AsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<TeamDirectory>().EmployeesOfSupervisorAsync(sanneId));
    }
}
