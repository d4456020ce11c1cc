using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Cases;

/// <summary>The demo organisation plus helpers to open and walk cases through the real service.</summary>
public sealed class CaseFixture : JrCaseworkFactory
{
    public const string HrLogisticsEmail = "hr.logistics@example.com";

    public CaseFixture()
    {
    }

    /// <summary>An instance on an existing data folder (a second app instance on the same database). Not public: xunit wants one public constructor on a fixture.</summary>
    private CaseFixture(string dataDirectory)
        : base(dataDirectory)
    {
    }

    /// <summary>
    /// A second app instance on this one's database, on <paramref name="clock"/> or this one's. It leaves the folder and
    /// the database alone when disposed: this instance, declared first and so disposed last, removes them.
    /// </summary>
    internal CaseFixture SecondInstance(TimeProvider? clock = null) => new(DataDirectory) { Clock = clock ?? Clock, DeleteDataDirectory = false };

    public Task<SignedInScope> AsAsync(string email) => SignedInScope.AsAsync(Services, email);

    /// <summary>An HR business partner whose scope is the Logistics unit only.</summary>
    public async Task EnsureHrForLogisticsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(HrLogisticsEmail) is not null)
        {
            return;
        }

        await using var db = CreateDbContext();
        var logistics = await db.OrgUnits.SingleAsync(u => u.Name == DemoData.Logistics);
        var hr = new ApplicationUser { UserName = HrLogisticsEmail, Email = HrLogisticsEmail, EmailConfirmed = true, DisplayName = "HR Logistics", OrgUnitId = logistics.Id };
        await users.CreateAsync(hr, DemoData.Password);
        await users.AddToRoleAsync(hr, Roles.Hr);
    }

    /// <summary>Opens a case as Sanne (Production) about her first employee.</summary>
    public async Task<JrCase> OpenSannesCaseAsync(string title = "Late arrivals")
    {
        await using var scope = await AsAsync(DemoData.SupervisorProduction.Email);
        return await scope.Get<CaseService>().OpenAsync(new NewCase(title, 1, ProblemOrigin.CameUp, "Jan is on time again", [await EmployeeIdAsync("P-1001")]));
    }

    public async Task<int> AuditCountAsync(int caseId)
    {
        await using var db = CreateDbContext();
        return await db.AuditLog.CountAsync(a => a.CaseId == caseId);
    }
}
