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
}
