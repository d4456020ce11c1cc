using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Hosting;

public sealed class InitialAdministratorTests
{
    [Fact]
    public async Task WithoutDemoData_AndWithoutConfiguration_NoAccountExists()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        using var client = factory.CreateClient();

        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task WithConfiguration_TheInitialAdministratorIsCreated_Once()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        factory.Settings["InitialAdmin:Email"] = "it@example.org";
        factory.Settings["InitialAdmin:Password"] = "Str0ng-Initial-Pass";
        using var client = factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("it@example.org");
        Assert.NotNull(admin);
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(admin));
        Assert.True(await users.CheckPasswordAsync(admin, "Str0ng-Initial-Pass"));
        Assert.Single(await users.GetUsersInRoleAsync(Roles.Admin));
    }

    [Fact]
    public async Task WithConfiguration_TheFirstHrUserIsCreated_WhoConfirmsTheRolesAnAdministratorAsksFor()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        factory.Settings["InitialAdmin:Email"] = "it@example.org";
        factory.Settings["InitialAdmin:Password"] = "Str0ng-Initial-Pass";
        factory.Settings["InitialHr:Email"] = "hr@example.org";
        factory.Settings["InitialHr:Password"] = "Another-Initial-Pass";
        factory.Settings["InitialHr:DisplayName"] = "Hanneke HR";
        using var client = factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var hr = await users.FindByEmailAsync("hr@example.org");
        Assert.NotNull(hr);
        Assert.Equal("Hanneke HR", hr.DisplayName);
        Assert.Equal([Roles.Hr], await users.GetRolesAsync(hr));
        Assert.Single(await users.GetUsersInRoleAsync(Roles.Admin));
    }
}
