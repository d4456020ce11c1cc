using JrCasework.Data;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Cases;

/// <summary>
/// The base of a fixture that builds a casebook of its own beside the demo organisation, on a clock pinned at
/// <c>now</c>: its own units, users made through the real user manager, and cases walked through the domain with
/// their own dates, numbered after the demo's cases of 2026 and saved directly.
/// </summary>
public abstract class CasebookFixture(DateTimeOffset now) : IAsyncLifetime
{
    private int _sequence;

    public JrCaseworkFactory App { get; } = new() { Clock = new FakeTimeProvider(now) };

    public Dictionary<string, string> UserIds { get; } = [];

    public async Task InitializeAsync()
    {
        // The first client starts the app: the migrations and the demo organisation.
        using var client = App.CreateClient();
        await using var scope = App.Services.CreateAsyncScope();
        await using var db = App.CreateDbContext();
        _sequence = await db.Cases.Where(c => c.ReferenceYear == 2026).MaxAsync(c => (int?)c.ReferenceSequence) ?? 0;
        await BuildAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    /// <summary>Adds the casebook: units, users, employees and cases.</summary>
    protected abstract Task BuildAsync(JrCaseworkDbContext db, UserManager<ApplicationUser> users);

    /// <summary>Creates a user with the demo password in <paramref name="role"/> and unit <paramref name="unitId"/>, managing <paramref name="managedUnits"/>; returns the id.</summary>
    protected static async Task<string> CreateUserAsync(
        UserManager<ApplicationUser> users, string email, string name, string role, int unitId, params int[] managedUnits)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrgUnitId = unitId };
        foreach (var unit in managedUnits)
        {
            user.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = unit });
        }

        await users.CreateAsync(user, DemoData.Password);
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    /// <summary>Opens a case of <paramref name="owner"/>'s about their employee at <paramref name="at"/>, with the next reference of 2026.</summary>
    protected JrCase OpenCase(Owner owner, string title, int category, ProblemOrigin origin, string objective, string employeeName, DateTime at) =>
        JrCase.Open(2026, ++_sequence, title, category, origin, objective, [(owner.EmployeeId, employeeName)], owner.UserId, owner.UnitId, new Actor(owner.UserId, at));

    /// <summary>A supervisor of the casebook: their unit, and the employee their cases are about.</summary>
    protected sealed record Owner(string UserId, int UnitId, int EmployeeId);
}
