using JrCasework.Data.Identity;
using JrCasework.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Admin;

public sealed partial class UserAdministrationTests : AppTest
{
    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task EveryOperation_ByANonAdministrator_IsRefused(string email)
    {
        await using var scope = await AsAsync(email);
        var administration = scope.Get<UserAdministration>();
        var someone = (await Factory.CreateDbContext().Users.FirstAsync()).Id;

        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.OrgUnitsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.CreateAsync(NewSupervisor(1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.SetDisabledAsync(someone, true));
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.DetailsAsync(someone));
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.UpdateAsync(someone, new UserDetails { DisplayName = "X", Email = "x@example.com", OrgUnitId = 1 }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => administration.SetPasswordAsync(someone, "Welkom-2026-Nieuw"));
    }

    [Fact]
    public async Task EveryOperation_WithoutSignIn_IsRefused()
    {
        await using var scope = SignedInScope.Anonymous(Factory.Services);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<UserAdministration>().ListAsync());
    }

    [Fact]
    public async Task List_ShowsEveryUserWithRoleAndOrgUnit()
    {
        await using var scope = await AsAsync(DemoData.Admin);

        var users = await scope.Get<UserAdministration>().ListAsync();

        Assert.Equal(DemoData.Accounts.Count, users.Count);
        var manager = Assert.Single(users, u => u.Email == DemoData.Manager.Email);
        Assert.Equal(Roles.Manager, manager.Role);
        Assert.Equal(DemoData.OrganisationName, manager.OrgUnit);
        Assert.Equal([DemoData.Logistics, DemoData.Production], manager.ManagedUnits);
    }

    [Fact]
    public async Task Create_MakesAConfirmedUserWithRoleAndOrgUnit_WhoCanSignIn()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var logistics = (await administration.OrgUnitsAsync()).Single(u => u.Name == DemoData.Logistics);

        var result = await administration.CreateAsync(new NewUser
        {
            DisplayName = "Ruben Koster",
            Email = "ruben@example.com",
            Role = Roles.Manager,
            OrgUnitId = logistics.Id,
            ManagedOrgUnitIds = [logistics.Id],
            Password = "Welkom-2026-Rivier",
        });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        await ConfirmRoleAsync(await Factory.UserIdAsync("ruben@example.com"));

        var users = scope.Get<UserManager<ApplicationUser>>();
        var ruben = await users.FindByEmailAsync("ruben@example.com");
        Assert.NotNull(ruben);
        Assert.Equal([Roles.Manager], await users.GetRolesAsync(ruben));
        Assert.Equal(logistics.Id, ruben.OrgUnitId);
        Assert.True((await scope.Get<SignInManager<ApplicationUser>>().CheckPasswordSignInAsync(ruben, "Welkom-2026-Rivier", true)).Succeeded);
        var row = Assert.Single(await administration.ListAsync(), u => u.Email == "ruben@example.com");
        Assert.Equal([DemoData.Logistics], row.ManagedUnits);
    }

    [Fact]
    public async Task Create_WithAWeakPasswordOrATakenEmail_SaysWhyAndCreatesNothing()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var unit = (await administration.OrgUnitsAsync()).First();
        var before = (await administration.ListAsync()).Count;

        var weak = NewSupervisor(unit.Id);
        weak.Password = "short";
        var taken = NewSupervisor(unit.Id);
        taken.Email = DemoData.SupervisorProduction.Email;

        var weakResult = await administration.CreateAsync(weak);
        var takenResult = await administration.CreateAsync(taken);

        Assert.False(weakResult.Succeeded);
        Assert.Contains("12", Said(weakResult, UserAdministration.PasswordField), StringComparison.Ordinal);
        Assert.False(takenResult.Succeeded);
        Assert.Contains(DemoData.SupervisorProduction.Email, Said(takenResult, UserAdministration.EmailField), StringComparison.Ordinal);
        Assert.Equal(before, (await administration.ListAsync()).Count);
    }

    [Fact]
    public async Task Disable_StopsSignIn_AndEnableRestoresIt()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var tom = (await administration.ListAsync()).Single(u => u.Email == DemoData.SupervisorLogistics.Email);

        await administration.SetDisabledAsync(tom.Id, disabled: true);

        var users = scope.Get<UserManager<ApplicationUser>>();
        var signIn = scope.Get<SignInManager<ApplicationUser>>();
        var disabled = await users.FindByIdAsync(tom.Id);
        Assert.True(disabled!.IsDisabled);
        Assert.NotNull(disabled.DisabledAtUtc);
        Assert.True((await signIn.CheckPasswordSignInAsync(disabled, DemoData.Password, true)).IsNotAllowed);
        Assert.True((await administration.ListAsync()).Single(u => u.Id == tom.Id).IsDisabled);

        await administration.SetDisabledAsync(tom.Id, disabled: false);

        await using var fresh = Factory.Services.CreateAsyncScope();
        var enabled = await fresh.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(tom.Id);
        var freshSignIn = fresh.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        Assert.True((await freshSignIn.CheckPasswordSignInAsync(enabled!, DemoData.Password, true)).Succeeded);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        var administration = scope.Get<UserAdministration>();
        var self = (await administration.ListAsync()).Single(u => u.Email == DemoData.Admin.Email);

        var result = await administration.SetDisabledAsync(self.Id, true);

        Assert.Equal("You cannot disable your own account.", Said(result, UserAdministration.AccountField));
        Assert.False((await administration.ListAsync()).Single(u => u.Id == self.Id).IsDisabled);
    }

    [Fact]
    public async Task ADisabledAdministrator_CanNoLongerAct_EvenWithAnOpenSession()
    {
        await using var scope = await AsAsync(DemoData.Admin);
        await using (var db = Factory.CreateDbContext())
        {
            var admin = await db.Users.SingleAsync(u => u.Email == DemoData.Admin.Email);
            admin.IsDisabled = true;
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<UserAdministration>().ListAsync());
    }
}
