namespace JrCasework.IntegrationTests.Calendar;

/// <summary>The static profile page /Account/Manage/Reminders, through real HTTP with the sign-in cookie and antiforgery.</summary>
public sealed class RemindersPageTests(RemindersPageTests.Fixture fixture) : IClassFixture<RemindersPageTests.Fixture>
{
    private const string Page = "/Account/Manage/Reminders";

    public sealed class Fixture : JrCaseworkFactory;

    [Fact]
    public async Task Saving_WithABoxUnticked_StoresItAndTheLanguage_AndLeavesTheHiddenChoiceAlone()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);

        // As a browser posts it: the unticked "on the due day" box is simply absent.
        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "reminder-email", new()
        {
            ["Input.EmailUpcoming"] = "true",
            ["Input.Culture"] = "nl-NL",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        var tom = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.SupervisorLogistics.Email);
        Assert.True(tom.EmailUpcomingReminders);
        Assert.False(tom.EmailDueReminders);
        Assert.Equal("nl-NL", tom.PreferredCulture);

        // Tom is no manager: the escalations box is not on his page, so its absence changes nothing.
        Assert.True(tom.EmailEscalations);

        var page = await client.GetStringAsync(Page);
        Assert.Contains("Your reminder settings are saved.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_AnUnsupportedLanguage_IsRefusedWithAMessage_AndNothingIsStored()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorProduction.Email);

        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "reminder-email", new()
        {
            ["Input.Culture"] = "fr-FR",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the languages offered.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var sanne = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email);
        Assert.True(sanne.EmailUpcomingReminders);
        Assert.True(sanne.EmailDueReminders);
        Assert.Null(sanne.PreferredCulture);
    }

    [Fact]
    public async Task TheEscalationsChoice_IsOfferedToManagers_AndStoredForThem()
    {
        using var manager = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Manager.Email);
        using var hr = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);

        Assert.Contains("id=\"Input.EmailEscalations\"", await manager.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Input.EmailEscalations\"", await hr.GetStringAsync(Page), StringComparison.Ordinal);

        using var response = await BrowserLikeClient.PostFormAsync(manager, Page, "reminder-email", new()
        {
            ["Input.EmailUpcoming"] = "true",
            ["Input.EmailDue"] = "true",
            ["Input.Culture"] = "en-GB",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Users.Where(u => u.Email == DemoData.Manager.Email).Select(u => u.EmailEscalations).SingleAsync());
    }

    [Fact]
    public async Task CreatingACalendarAddress_ShowsItOnce_AndItWorks()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);
        Assert.Contains("You have no calendar address yet.", await client.GetStringAsync(Page), StringComparison.Ordinal);

        using var response = await BrowserLikeClient.PostFormAsync(client, Page, "calendar-renew", []);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var address = System.Text.RegularExpressions.Regex.Match(html, "id=\"calendar-address\" value=\"([^\"]+)\"");
        Assert.True(address.Success);
        using var anonymous = BrowserLikeClient.Anonymous(fixture);
        using var feed = await anonymous.GetAsync(new Uri(address.Groups[1].Value).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);

        var later = await client.GetStringAsync(Page);
        Assert.DoesNotContain(address.Groups[1].Value, later, StringComparison.Ordinal);
        Assert.Contains("Your calendar address is active.", later, StringComparison.Ordinal);
    }
}
