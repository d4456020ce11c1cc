using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Identity;

public sealed class SignInRulesTests : IAsyncLifetime
{
    private readonly JrCaseworkFactory _factory = new();
    private AsyncServiceScope _scope;

    private SignInManager<ApplicationUser> SignIn => _scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();

    private UserManager<ApplicationUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

    public Task InitializeAsync()
    {
        _scope = _factory.Services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task DemoData_HasOneActiveAccountPerRole_InTheRightOrgUnit()
    {
        await using var db = _factory.CreateDbContext();
        foreach (var account in DemoData.Accounts)
        {
            var user = await Users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.False(user.IsDisabled);
            Assert.Equal([account.Role], await Users.GetRolesAsync(user));
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == user.OrgUnitId);
            Assert.Equal(account.OrgUnit, unit.Name);
        }

        Assert.Equal(DemoData.Accounts.Select(a => a.Role).Distinct().Order(), Roles.All.Order());
    }

    [Fact]
    public async Task DemoData_TheManagerManagesProductionAndLogistics()
    {
        await using var db = _factory.CreateDbContext();
        var manager = await db.Users.Include(u => u.ManagedOrgUnits).SingleAsync(u => u.Email == DemoData.Manager.Email);
        var names = await db.OrgUnits.Where(u => manager.ManagedOrgUnits.Select(m => m.OrgUnitId).Contains(u.Id)).Select(u => u.Name).ToListAsync();
        Assert.Equal([DemoData.Logistics, DemoData.Production], names.Order());
    }

    [Fact]
    public async Task DemoData_EveryEmployeeOfASupervisedUnitHasThatSupervisor()
    {
        await using var db = _factory.CreateDbContext();
        var sanne = await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email);
        var production = await db.Employees.Where(e => e.OrgUnitId == sanne.OrgUnitId).ToListAsync();
        Assert.NotEmpty(production);
        Assert.All(production, e => Assert.Equal(sanne.Id, e.SupervisorUserId));
    }

    [Fact]
    public async Task CorrectPassword_SignsIn()
    {
        var user = await Users.FindByEmailAsync(DemoData.SupervisorProduction.Email);

        var result = await SignIn.CheckPasswordSignInAsync(user!, DemoData.Password, lockoutOnFailure: true);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task FiftyWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        // Long before this, SignInThrottle slows the guesses per address and account (SignInThrottlingTests).
        var user = await Users.FindByEmailAsync(DemoData.SupervisorLogistics.Email);
        for (var attempt = 1; attempt <= 49; attempt++)
        {
            var failed = await SignIn.CheckPasswordSignInAsync(user!, "wrong-password", lockoutOnFailure: true);
            Assert.False(failed.IsLockedOut);
        }

        var fifth = await SignIn.CheckPasswordSignInAsync(user!, "wrong-password", lockoutOnFailure: true);
        var afterwards = await SignIn.CheckPasswordSignInAsync(user!, DemoData.Password, lockoutOnFailure: true);

        Assert.True(fifth.IsLockedOut);
        Assert.True(afterwards.IsLockedOut);
    }

    [Fact]
    public async Task DisabledUser_IsNotAllowedToSignIn_AndTheirSecurityStampNoLongerValidates()
    {
        var user = await Users.FindByEmailAsync(DemoData.Hr.Email);
        var stamp = await Users.GetSecurityStampAsync(user!);
        Assert.True(await SignIn.ValidateSecurityStampAsync(user, stamp));

        user!.IsDisabled = true;
        await Users.UpdateAsync(user);

        var result = await SignIn.CheckPasswordSignInAsync(user, DemoData.Password, lockoutOnFailure: true);
        Assert.True(result.IsNotAllowed);
        Assert.False(await SignIn.ValidateSecurityStampAsync(user, stamp));
    }
}
