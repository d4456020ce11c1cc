using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>The profile form checks on the server what its fields promise in the browser.</summary>
public sealed class ProfilePageTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Page = "/Account/Manage";

    [Theory]
    [InlineData("tom@example.com", "too long", "At most 200 characters.")]
    // An escape character: NUL itself never reaches the page, the framework answers such a form 400.
    [InlineData("sanne@example.com", "Sanne\u001b de Vries", "a character that cannot be kept")]
    public async Task ANameTheFieldDoesNotKeep_IsRefused_AndTheNameStays(string email, string name, string said)
    {
        var account = DemoData.Accounts.Single(a => a.Email == email);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, email);

        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "profile", new()
        {
            ["Input.DisplayName"] = name == "too long" ? new string('T', 250) : name,
            ["Input.TimeZone"] = "",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains(said, page, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(account.DisplayName, (await db.Users.SingleAsync(u => u.Email == email)).DisplayName);
    }
}
