using System.Globalization;
using JrCasework.Data.Identity;
using JrCasework.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Admin;

// Changing an existing user: details, role, re-enabling and a new password.
public sealed partial class UserAdministrationTests
{
    [Fact]
    public async Task Update_ChangesNameEmailRoleAndUnits_AndTheUserSignsInWithTheNewEmail()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var units = await administration.OrgUnitsAsync();
        var logistics = units.Single(u => u.Name == DemoData.Logistics);
        var production = units.Single(u => u.Name == DemoData.Production);
        var id = await CreateSupervisorAsync(administration, production.Id);

        var details = await administration.DetailsAsync(id);
        Assert.Equal(("Test Supervisor", "new.supervisor@example.com", Roles.Supervisor, production.Id), (details.DisplayName, details.Email, details.Role, details.OrgUnitId));
        details.DisplayName = "Test Manager";
        details.Email = "new.manager@example.com";
        details.Role = Roles.Manager;
        details.OrgUnitId = logistics.Id;
        details.ManagedOrgUnitIds = [logistics.Id, production.Id];
        var result = await administration.UpdateAsync(id, details);
        await ConfirmRoleAsync(id);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var row = Assert.Single(await administration.ListAsync(), u => u.Id == id);
        Assert.Equal(("Test Manager", "new.manager@example.com", Roles.Manager, DemoData.Logistics), (row.DisplayName, row.Email, row.Role, row.OrgUnit));
        Assert.Equal([DemoData.Logistics, DemoData.Production], row.ManagedUnits);
        await using var fresh = Factory.Services.CreateAsyncScope();
        var user = await fresh.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("new.manager@example.com");
        Assert.NotNull(user);
        Assert.Equal("new.manager@example.com", user.UserName);
        Assert.True((await fresh.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CheckPasswordSignInAsync(user, "Welkom-2026-Test", true)).Succeeded);
    }

    [Fact]
    public async Task Update_FromManagerToSupervisor_DropsTheManagedUnits_AndEndsTheirSessions()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var managerId = (await administration.ListAsync()).Single(u => u.Email == DemoData.Manager.Email).Id;
        var stampBefore = await StampAsync(managerId);

        var details = await administration.DetailsAsync(managerId);
        Assert.Equal(2, details.ManagedOrgUnitIds.Count);
        details.Role = Roles.Supervisor;
        var result = await administration.UpdateAsync(managerId, details);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var row = Assert.Single(await administration.ListAsync(), u => u.Id == managerId);
        Assert.Equal(Roles.Supervisor, row.Role);
        Assert.Empty(row.ManagedUnits);
        Assert.NotEqual(stampBefore, await StampAsync(managerId));
    }

    [Fact]
    public async Task Update_WithABlankNameABadOrTakenEmail_SaysWhyPerFieldInTheUsersLanguage_AndChangesNothing()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var tom = (await administration.ListAsync()).Single(u => u.Email == DemoData.SupervisorLogistics.Email);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            var blank = await administration.DetailsAsync(tom.Id);
            blank.DisplayName = "  ";
            blank.Email = "not-an-address";
            var taken = await administration.DetailsAsync(tom.Id);
            taken.Email = DemoData.SupervisorProduction.Email;

            var blankResult = await administration.UpdateAsync(tom.Id, blank);
            var takenResult = await administration.UpdateAsync(tom.Id, taken);

            Assert.Equal("Dit veld is verplicht.", Said(blankResult, UserAdministration.NameField));
            Assert.Contains("geldig e-mailadres", Said(blankResult, UserAdministration.EmailField), StringComparison.Ordinal);
            Assert.Contains(DemoData.SupervisorProduction.Email, Said(takenResult, UserAdministration.EmailField), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var row = Assert.Single(await administration.ListAsync(), u => u.Id == tom.Id);
        Assert.Equal((DemoData.SupervisorLogistics.DisplayName, DemoData.SupervisorLogistics.Email), (row.DisplayName, row.Email));
    }

    [Fact]
    public async Task Update_OwnRole_IsRefused_SoTheLastAdministratorCannotBeRemoved_ButOwnNameCanChange()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var selfId = (await administration.ListAsync()).Single(u => u.IsYou).Id;

        var demote = await administration.DetailsAsync(selfId);
        demote.Role = Roles.Hr;
        var refused = await administration.UpdateAsync(selfId, demote);
        var rename = await administration.DetailsAsync(selfId);
        rename.DisplayName = "Ahmed El Amrani-Visser";
        var renamed = await administration.UpdateAsync(selfId, rename);

        Assert.Equal("You cannot change your own role. Another administrator can.", Said(refused, UserAdministration.RoleField));
        Assert.True(renamed.Succeeded, string.Join(" ", renamed.Errors));
        var self = Assert.Single(await administration.ListAsync(), u => u.Id == selfId);
        Assert.Equal((Roles.Admin, "Ahmed El Amrani-Visser"), (self.Role, self.DisplayName));
    }

    [Fact]
    public async Task Enable_ClearsALockout_SoTheUserCanSignInAgain()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var id = await CreateSupervisorAsync(administration, (await administration.OrgUnitsAsync()).First().Id);
        await LockOutAsync(id);

        await administration.SetDisabledAsync(id, disabled: true);
        await administration.SetDisabledAsync(id, disabled: false);

        Assert.True((await CheckPasswordAsync(id, "Welkom-2026-Test")).Succeeded);
    }

    [Fact]
    public async Task SetPassword_ReplacesThePassword_ClearsALockout_EndsSessions_AndTheUserMustChangeIt()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var id = await CreateSupervisorAsync(administration, (await administration.OrgUnitsAsync()).First().Id);
        await LockOutAsync(id);
        var stampBefore = await StampAsync(id);

        var result = await administration.SetPasswordAsync(id, "Tijdelijk-2026-Abc");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.NotEqual(stampBefore, await StampAsync(id));
        Assert.False((await CheckPasswordAsync(id, "Welkom-2026-Test")).Succeeded);
        Assert.True((await CheckPasswordAsync(id, "Tijdelijk-2026-Abc")).Succeeded);
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == id)).MustChangePassword);
    }

    [Fact]
    public async Task SetPassword_ThatBreaksThePasswordRules_SaysWhy_AndKeepsTheOldPassword()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var id = await CreateSupervisorAsync(administration, (await administration.OrgUnitsAsync()).First().Id);
        var stampBefore = await StampAsync(id);

        var result = await administration.SetPasswordAsync(id, "short");

        Assert.Contains("12", Said(result, UserAdministration.PasswordField), StringComparison.Ordinal);
        Assert.True((await CheckPasswordAsync(id, "Welkom-2026-Test")).Succeeded);
        Assert.Equal(stampBefore, await StampAsync(id));
    }

    [Fact]
    public async Task SetPassword_ForOwnAccount_IsRefused()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var selfId = (await administration.ListAsync()).Single(u => u.IsYou).Id;

        var result = await administration.SetPasswordAsync(selfId, "Tijdelijk-2026-Abc");

        Assert.Equal("Change your own password under Your account.", Said(result, UserAdministration.PasswordField));
        Assert.True((await CheckPasswordAsync(selfId, DemoData.Password)).Succeeded);
    }

    [Fact]
    public async Task AGeneratedPassword_MeetsThePasswordRules_AndDiffersEachTime()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var id = await CreateSupervisorAsync(administration, (await administration.OrgUnitsAsync()).First().Id);
        var passwords = Enumerable.Range(0, 20).Select(_ => TemporaryPassword.Generate()).ToList();

        foreach (var password in passwords.Take(3))
        {
            var result = await administration.SetPasswordAsync(id, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    private static async Task<string> CreateSupervisorAsync(UserAdministration administration, int unitId)
    {
        var created = await administration.CreateAsync(NewSupervisor(unitId));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return (await administration.ListAsync()).Single(u => u.Email == "new.supervisor@example.com").Id;
    }

    private async Task LockOutAsync(string userId)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await CheckPasswordAsync(userId, "wrong-password");
        }

        Assert.True((await CheckPasswordAsync(userId, "Welkom-2026-Test")).IsLockedOut);
    }

    private async Task<SignInResult> CheckPasswordAsync(string userId, string password)
    {
        await using var fresh = Factory.Services.CreateAsyncScope();
        var user = await fresh.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId);
        return await fresh.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var db = Factory.CreateDbContext();
        return (await db.Users.SingleAsync(u => u.Id == userId)).SecurityStamp;
    }

    private static NewUser NewSupervisor(int unitId) => new()
    {
        DisplayName = "Test Supervisor",
        Email = "new.supervisor@example.com",
        Role = Roles.Supervisor,
        OrgUnitId = unitId,
        Password = "Welkom-2026-Test",
    };
}
