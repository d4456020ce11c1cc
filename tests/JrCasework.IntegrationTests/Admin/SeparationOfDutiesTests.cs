using JrCasework.Data.Identity;
using JrCasework.Domain.Auditing;
using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Features.Admin.Confirmations;
using JrCasework.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Admin;

/// <summary>
/// An administrator cannot give anyone (themselves under another address included) a role that opens other people's
/// cases: HR confirms it first, and never a request about themselves.
/// </summary>
public sealed class SeparationOfDutiesTests : AppTest
{
    private const string Email = "second.account@example.com";
    private const string Password = "Tweede-Fiets-2027";

    [Fact]
    public async Task AnHrAccountAnAdministratorCreates_CannotSignInOrReadCases_UntilHrConfirmsIt()
    {
        var id = await CreateAsync(Roles.Hr);

        Assert.Empty(await RolesOfAsync(id));
        await using (var waiting = await AsAsync(Email))
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => waiting.Get<JrCasework.Web.Features.Reviews.OutcomeQueries>().ListAsync(new()));
        }

        var page = await SignInPageAfterSigningInAsync();
        Assert.Contains("waiting for HR to confirm", page, StringComparison.Ordinal);

        await using (var hr = await AsAsync(DemoData.Hr))
        {
            var request = Assert.Single(await hr.Get<RoleRequests>().WaitingAsync());
            Assert.Equal((id, Roles.Hr, (string?)null), (request.UserId, request.RequestedRole, request.CurrentRole));
            Assert.True(await hr.Get<RoleRequests>().ConfirmAsync(id, Roles.Hr));
        }

        Assert.Equal([Roles.Hr], await RolesOfAsync(id));
        using var client = await BrowserLikeClient.SignedInAsync(Factory, Email, Password);
        using var outcomes = await client.GetAsync("/outcomes");
        Assert.Equal(HttpStatusCode.Redirect, outcomes.StatusCode);
        Assert.EndsWith("/Account/Manage/ChangePassword", outcomes.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromotingASupervisorToManager_KeepsTheSupervisorRole_UntilConfirmed_AndARefusalLeavesItSo()
    {
        var id = await CreateAsync(Roles.Supervisor);
        Assert.Equal([Roles.Supervisor], await RolesOfAsync(id));
        await using (var admin = await AsAdminAsync())
        {
            var administration = admin.Get<UserAdministration>();
            var details = await administration.DetailsAsync(id);
            details.Role = Roles.Manager;
            details.ManagedOrgUnitIds = [details.OrgUnitId!.Value];
            Assert.True((await administration.UpdateAsync(id, details)).Succeeded);
            Assert.Equal(Roles.Manager, Assert.Single(await administration.ListAsync(), u => u.Id == id).RequestedRole);
        }

        Assert.Equal([Roles.Supervisor], await RolesOfAsync(id));
        await using (var hr = await AsAsync(DemoData.Hr))
        {
            // HR decides on what it saw: a role the administrator no longer asks for is not given.
            Assert.False(await hr.Get<RoleRequests>().ConfirmAsync(id, Roles.Hr));
            Assert.True(await hr.Get<RoleRequests>().RefuseAsync(id, Roles.Manager));
            Assert.Empty(await hr.Get<RoleRequests>().WaitingAsync());
            Assert.False(await hr.Get<RoleRequests>().ConfirmAsync(id, Roles.Hr));
        }

        Assert.Equal([Roles.Supervisor], await RolesOfAsync(id));
        await using var db = Factory.CreateDbContext();
        var user = await db.Users.Include(u => u.ManagedOrgUnits).SingleAsync(u => u.Id == id);
        Assert.Null(user.RequestedRole);
        Assert.Empty(user.ManagedOrgUnits);
    }

    [Fact]
    public async Task OnlyHrConfirms_AndNeverARequestAboutThemselves()
    {
        var hrId = await Factory.UserIdAsync(DemoData.Hr.Email);
        await using (var admin = await AsAdminAsync())
        {
            var administration = admin.Get<UserAdministration>();
            var details = await administration.DetailsAsync(hrId);
            details.Role = Roles.Manager;
            Assert.True((await administration.UpdateAsync(hrId, details)).Succeeded);
            await Assert.ThrowsAsync<AccessDeniedException>(() => admin.Get<RoleRequests>().ConfirmAsync(hrId, Roles.Manager));
        }

        await using var hr = await AsAsync(DemoData.Hr);
        Assert.True(Assert.Single(await hr.Get<RoleRequests>().WaitingAsync()).IsYou);
        Assert.False(await hr.Get<RoleRequests>().ConfirmAsync(hrId, Roles.Manager));
        Assert.Equal([Roles.Hr], await RolesOfAsync(hrId));
    }

    [Theory]
    [MemberData(nameof(NonHr))]
    public async Task TheRequests_AreClosedToEveryoneButHr(string email)
    {
        await using var scope = await AsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<RoleRequests>().WaitingAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<RoleRequests>().RefuseAsync("anyone", Roles.Hr));
    }

    public static TheoryData<string> NonHr => new() { DemoData.SupervisorProduction.Email, DemoData.Manager.Email, DemoData.Admin.Email };

    [Fact]
    public async Task EveryStep_IsInTheAuditTrail_WithWhoAndOnWhom()
    {
        var adminId = await Factory.UserIdAsync(DemoData.Admin.Email);
        var hrId = await Factory.UserIdAsync(DemoData.Hr.Email);
        var id = await CreateAsync(Roles.Hr);
        await using (var admin = await AsAdminAsync())
        {
            Assert.True((await admin.Get<UserAdministration>().SetPasswordAsync(id, "Tijdelijk-Wachtwoord-9")).Succeeded);
            Assert.True((await admin.Get<UserAdministration>().SetDisabledAsync(id, true)).Succeeded);
            Assert.True((await admin.Get<UserAdministration>().SetDisabledAsync(id, false)).Succeeded);
        }

        await using (var hr = await AsAsync(DemoData.Hr))
        {
            Assert.True(await hr.Get<RoleRequests>().ConfirmAsync(id, Roles.Hr));
        }

        await using var db = Factory.CreateDbContext();
        var trail = await db.AuditLog.Where(a => a.Subject == AuditRecord.UserSubject(id)).OrderBy(a => a.Id)
            .Select(a => new { a.UserId, a.Action, a.Detail }).ToListAsync();
        Assert.Equal(
            [
                new { UserId = adminId, Action = AuditActions.Admin.UserCreate, Detail = (string?)null },
                new { UserId = adminId, Action = AuditActions.Admin.UserRoleRequest, Detail = (string?)Roles.Hr },
                new { UserId = adminId, Action = AuditActions.Admin.UserPassword, Detail = (string?)null },
                new { UserId = adminId, Action = AuditActions.Admin.UserDisable, Detail = (string?)null },
                new { UserId = adminId, Action = AuditActions.Admin.UserEnable, Detail = (string?)null },
                new { UserId = hrId, Action = AuditActions.Admin.RoleConfirm, Detail = (string?)Roles.Hr },
            ],
            trail);
    }

    [Fact]
    public async Task ChangesToUnitsEmployeesAndCategories_AreInTheAuditTrail_WithoutNames()
    {
        var adminId = await Factory.UserIdAsync(DemoData.Admin.Email);
        await using (var admin = await AsAdminAsync())
        {
            Assert.True((await admin.Get<JrCasework.Web.Features.Admin.OrgUnits.OrgUnitAdministration>().AddAsync("Expedition", null)).Succeeded);
            var unitId = (await admin.Get<JrCasework.Web.Features.Admin.OrgUnits.OrgUnitAdministration>().TreeAsync()).Single(u => u.Name == "Expedition").Id;
            var employees = admin.Get<JrCasework.Web.Features.Admin.Employees.EmployeeAdministration>();
            Assert.True((await employees.AddAsync(new() { FullName = "Eva Expeditie", EmployeeNumber = "E-900", OrgUnitId = unitId })).Succeeded);
            var categories = admin.Get<JrCasework.Web.Features.Admin.Categories.CategoryAdministration>();
            Assert.True((await categories.AddAsync(new() { Code = "safety", NameEn = "Safety", NameNl = "Veiligheid" })).Succeeded);
        }

        await using var db = Factory.CreateDbContext();
        var trail = await db.AuditLog.Where(a => a.Action.StartsWith("admin.")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [AuditActions.Admin.OrgUnitAdd, AuditActions.Admin.EmployeeAdd, AuditActions.Admin.CategoryAdd],
            trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal(adminId, a.UserId));
        Assert.Equal(["orgunit", "employee", "category"], trail.Select(a => a.Subject!.Split(':')[0]));
        Assert.DoesNotContain(trail, a => $"{a.Subject} {a.Detail}".Contains("Eva", StringComparison.Ordinal) || $"{a.Subject}".Contains("Expedition", StringComparison.Ordinal));
    }

    private async Task<string> CreateAsync(string role)
    {
        await using var admin = await AsAdminAsync();
        var administration = admin.Get<UserAdministration>();
        var unit = (await administration.OrgUnitsAsync()).Single(u => u.Name == DemoData.OrganisationName);
        var created = await administration.CreateAsync(new NewUser
        {
            DisplayName = "Second Account",
            Email = Email,
            Role = role,
            OrgUnitId = unit.Id,
            Password = Password,
        });
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return await Factory.UserIdAsync(Email);
    }

    private async Task<IList<string>> RolesOfAsync(string id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(id))!);
    }

    /// <summary>Posts the sign-in form with the right password and gives the page that answers (no redirect: refused).</summary>
    private async Task<string> SignInPageAfterSigningInAsync()
    {
        using var client = BrowserLikeClient.Anonymous(Factory);
        using var response = await BrowserLikeClient.PostFormAsync(client, "/Account/Login", "login", new()
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
