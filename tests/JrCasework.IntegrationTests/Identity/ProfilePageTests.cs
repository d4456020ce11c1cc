using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>The profile form checks on the server what its fields promise in the browser.</summary>
public sealed class ProfilePageTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Page = "/Account/Manage";

    [Fact]
    public async Task ANameLongerThanTheFieldAllows_IsRefused_AndTheNameStays()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);

        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "profile", new()
        {
            ["Input.DisplayName"] = new string('T', 250),
            ["Input.TimeZone"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("At most 200 characters.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(DemoData.SupervisorLogistics.DisplayName, (await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorLogistics.Email)).DisplayName);
    }

    [Fact]
    public async Task ANameWithAControlCharacter_IsRefused_AndTheNameStays()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorProduction.Email);

        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "profile", new()
        {
            // An escape character: NUL itself never reaches the page, the framework answers such a form 400.
            ["Input.DisplayName"] = "Sanne\u001b de Vries",
            ["Input.TimeZone"] = "",
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Contains("a character that cannot be kept", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(DemoData.SupervisorProduction.DisplayName, (await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email)).DisplayName);
    }
}
