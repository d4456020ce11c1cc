using JrCasework.Data;
using JrCasework.Domain.Foundations;
using JrCasework.Web.Features.Admin.Categories;
using JrCasework.Web.Features.Admin.Employees;
using JrCasework.Web.Features.Admin.OrgUnits;
using JrCasework.Web.Features.Admin.Users;
using JrCasework.Web.Features.Foundations;

namespace JrCasework.IntegrationTests.Admin;

/// <summary>
/// The server keeps no text longer than its field and none with a control character, whatever a script sends past
/// the browser's limits: each service refuses with a message, and the database keeps what it had.
/// </summary>
public sealed class StoredTextTests : AppTest
{
    private const string WithNul = "Late\0 again";

    [Fact]
    public async Task ACaseWithATenThousandCharacterTitle_IsRefused_AndNotStored()
    {
        var cases = await CountAsync(db => db.Cases.CountAsync());
        await using var sanne = await AsAsync(DemoData.SupervisorProduction);
        var employee = await Factory.EmployeeIdAsync("P-1001");

        var refusal = await Assert.ThrowsAsync<CaseRuleException>(() =>
            sanne.Get<CaseService>().OpenAsync(new NewCase(new string('t', 10_073), 1, ProblemOrigin.CameUp, "On time", [employee])));

        Assert.Equal(CaseRule.TextTooLong, refusal.Rule);
        Assert.Equal(cases, await CountAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task AFactWithANulCharacter_IsRefused_AndTheCaseStaysAsItWas()
    {
        await using var sanne = await AsAsync(DemoData.SupervisorProduction);
        var service = sanne.Get<CaseService>();
        var opened = await service.OpenAsync(new NewCase("Late arrivals", 1, ProblemOrigin.CameUp, "On time", [await Factory.EmployeeIdAsync("P-1001")]));
        var started = await service.ChangeAsync(opened.Id, opened.Version, "facts.start", (c, by) => c.StartGettingFacts(by));

        var refusal = await Assert.ThrowsAsync<CaseRuleException>(() => service.ChangeAsync(started.Id, started.Version, "fact.add",
            (c, by) => c.AddFact(FactKind.Record, "Time clock", DateOnly.FromDateTime(DateTime.UtcNow), WithNul, by)));

        Assert.Equal(CaseRule.TextUnusableCharacter, refusal.Rule);
        var read = await service.GetAsync(opened.Id);
        Assert.Empty(read.Facts);
        Assert.Equal(started.Version, read.Version);
    }

    [Fact]
    public async Task AdministrationTexts_WithAControlCharacter_AreRefusedWithAMessage()
    {
        await using var admin = await AsAdminAsync();
        var unit = (await admin.Get<OrgUnitAdministration>().TreeAsync())[0].Id;

        var category = await admin.Get<CategoryAdministration>().AddAsync(new CategoryForm { Code = "safety", NameEn = "Safety\u001b", NameNl = "Veiligheid" });
        var orgUnit = await admin.Get<OrgUnitAdministration>().AddAsync("Packing\0", parentId: null);
        var employee = await admin.Get<EmployeeAdministration>().AddAsync(new EmployeeForm { FullName = "Piet\0 Jansen", EmployeeNumber = "P-9999", OrgUnitId = unit });
        var user = await admin.Get<UserAdministration>().CreateAsync(new NewUser
        {
            DisplayName = "Nina\0",
            Email = "nina@example.com",
            Role = Roles.Supervisor,
            OrgUnitId = unit,
            Password = "Zomerweide-Kanaal-77",
        });

        Assert.Contains("cannot be kept", Said(category, CategoryAdministration.NameEnField), StringComparison.Ordinal);
        Assert.Contains("cannot be kept", Said(orgUnit, OrgUnitAdministration.NameField), StringComparison.Ordinal);
        Assert.Contains("cannot be kept", Said(employee, EmployeeAdministration.FullNameField), StringComparison.Ordinal);
        Assert.Contains("cannot be kept", Said(user, UserAdministration.NameField), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.CaseCategories.AnyAsync(c => c.Code == "safety"));
        Assert.False(await db.OrgUnits.AnyAsync(u => u.Name.StartsWith("Packing")));
        Assert.False(await db.Employees.AnyAsync(e => e.EmployeeNumber == "P-9999"));
        Assert.False(await db.Users.AnyAsync(u => u.Email == "nina@example.com"));
    }

    [Fact]
    public async Task AnAccountWithATooLongEmailAddress_IsRefusedAtTheField()
    {
        await using var admin = await AsAdminAsync();
        var unit = (await admin.Get<OrgUnitAdministration>().TreeAsync())[0].Id;
        var email = new string('n', 300) + "@example.com";

        var user = await admin.Get<UserAdministration>().CreateAsync(new NewUser
        {
            DisplayName = "Nina",
            Email = email,
            Role = Roles.Supervisor,
            OrgUnitId = unit,
            Password = "Zomerweide-Kanaal-77",
        });

        Assert.NotNull(Said(user, UserAdministration.EmailField));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task SigningInFromABrowserWhoseDescriptionHoldsAControlCharacter_Works()
    {
        using var client = Calendar.BrowserLikeClient.Anonymous(Factory);
        Assert.True(client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Odd\u001bBrowser/1.0"));

        using var signIn = await Calendar.BrowserLikeClient.PostSignInAsync(client, DemoData.SupervisorProduction.Email);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Contains(await db.UserSessions.Select(s => s.UserAgent).ToListAsync(), agent => agent == "OddBrowser/1.0");
    }

    [Fact]
    public async Task AFoundationNoteWithANulCharacter_IsRefused()
    {
        await using var sanne = await AsAsync(DemoData.SupervisorProduction);
        var service = sanne.Get<FoundationService>();
        var someone = (await service.MyTeamAsync())[0].EmployeeId;
        var moments = await CountAsync(db => db.FoundationMoments.CountAsync());

        var refusal = await Assert.ThrowsAsync<FoundationRuleException>(() =>
            service.LogAsync(new LogMoment(Foundation.Credit, [someone], DateOnly.FromDateTime(DateTime.UtcNow), WithNul, null)));

        Assert.Equal(FoundationRule.UnusableCharacter, refusal.Rule);
        Assert.Equal(moments, await CountAsync(db => db.FoundationMoments.CountAsync()));
    }

    [Theory]
    [InlineData("past its column's length", 101, "")]
    [InlineData("with a NUL", 0, "Unit\0")]
    [InlineData("ending in a vertical tab", 0, "Unit\v")]
    public async Task AText_IsNotSaved_EvenWhenItBypassesTheDomain(string what, int length, string text)
    {
        await using var db = Factory.CreateDbContext();
        var unit = await db.OrgUnits.FirstAsync();
        var before = unit.Name;
        db.Entry(unit).Property(u => u.Name).CurrentValue = length > 0 ? new string('u', length) : text;

        var refused = await Assert.ThrowsAsync<StoredTextException>(() => db.SaveChangesAsync());

        Assert.True(refused.Message.Contains("OrgUnit.Name", StringComparison.Ordinal), what);
        Assert.DoesNotContain("uuuu", refused.Message, StringComparison.Ordinal);
        await using var fresh = Factory.CreateDbContext();
        Assert.Equal(before, (await fresh.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == unit.Id)).Name);
    }

    private async Task<int> CountAsync(Func<JrCaseworkDbContext, Task<int>> count)
    {
        await using var db = Factory.CreateDbContext();
        return await count(db);
    }
}
