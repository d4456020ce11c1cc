using JrCasework.Web.Features.Admin;
using JrCasework.Web.Features.Admin.Employees;
using Microsoft.Extensions.Localization;

namespace JrCasework.IntegrationTests.Admin;

/// <summary>
/// A test class with an app of its own (real SQLite, the real migrations, the demo organisation), because its tests
/// change the organisation: users, units, employees, categories.
/// </summary>
public abstract class AppTest : IAsyncLifetime
{
    /// <summary>The demo users who are not administrators: every administrative operation refuses them.</summary>
    public static TheoryData<string> NonAdministrators => new() { DemoData.SupervisorProduction.Email, DemoData.Manager.Email, DemoData.Hr.Email };

    protected JrCaseworkFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    protected Task<SignedInScope> AsAsync(string email) => SignedInScope.AsAsync(Factory.Services, email);

    protected Task<SignedInScope> AsAsync(DemoAccount account) => AsAsync(account.Email);

    protected Task<SignedInScope> AsAdminAsync() => AsAsync(DemoData.Admin);

    /// <summary>HR confirms the role an administrator asked for <paramref name="userId"/> (HR and manager roles wait for it).</summary>
    protected async Task ConfirmRoleAsync(string userId)
    {
        await using var hr = await AsAsync(DemoData.Hr);
        var requests = hr.Get<JrCasework.Web.Features.Admin.Confirmations.RoleRequests>();
        var request = Assert.Single(await requests.WaitingAsync(), r => r.UserId == userId);
        Assert.True(await requests.ConfirmAsync(userId, request.RequestedRole));
    }

    /// <summary>What the page says for the refusal of <paramref name="field"/> (null: none), in the current UI culture, in the app's own words.</summary>
    protected string? Said(AdminResult result, string field) =>
        Texts.RefusalFor(result, field);

    /// <summary>What the import report says for <paramref name="problem"/>, in the current UI culture.</summary>
    protected string Said(ImportProblem problem) => Texts.Problem(problem);

    private IStringLocalizer<AdminResource> Texts => Factory.Services.GetRequiredService<IStringLocalizer<AdminResource>>();
}
