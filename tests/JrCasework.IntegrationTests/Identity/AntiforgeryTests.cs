using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// Every static form checks the antiforgery token (the template's behaviour, kept): a form posted from another site,
/// which has the victim's cookie but not the token the page rendered, is refused and changes nothing.
/// </summary>
public sealed class AntiforgeryTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    /// <summary>Each static form: its address, its form name and a field it would change.</summary>
    public static TheoryData<string, string, string, string> Forms => new()
    {
        { "/Account/Manage", "profile", "Input.DisplayName", "Changed by another site" },
        { "/Account/Manage/ChangePassword", "change-password", "Input.NewPassword", "Another-Site-Chose-This-1" },
        { "/Account/Manage/Sessions", "sign-out-everywhere", "confirm", "true" },
        { "/Account/Manage/Reminders", "reminder-email", "Input.EmailUpcoming", "false" },
        { "/Account/Manage/Reminders", "calendar-renew", "confirm", "true" },
        { "/Account/Manage/Reminders", "calendar-stop", "confirm", "true" },
        { "/Account/Manage/TwoFactor/Enable", "enable-two-factor", "Input.Code", "123456" },
        { "/Account/ForgotPassword", "forgot-password", "Input.Email", DemoData.SupervisorLogistics.Email },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AFormPostedWithoutItsToken_IsRefused_AndChangesNothing(string path, string form, string field, string value)
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);
        var before = await StateAsync();

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = form, [field] = value });
        using var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StateAsync());
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/Account/Manage"));
    }

    [Fact]
    public async Task SignInAndSignOut_WithoutTheirToken_AreRefused()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);

        using var signOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/" }));
        using var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoData.SupervisorProduction.Email,
            ["Input.Password"] = DemoData.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie") && signIn.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(BrowserLikeClient.SignInCookie + "=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/Account/Manage"));
    }

    /// <summary>What the forms could change for the user: name, password, reminder choices, calendar feed, open sessions.</summary>
    private async Task<string> StateAsync()
    {
        await using var db = fixture.CreateDbContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.SupervisorLogistics.Email);
        var sessions = await db.UserSessions.CountAsync(s => s.UserId == user.Id && s.EndedAtUtc == null);
        return string.Join("|", user.DisplayName, user.PasswordHash, user.CalendarTokenHash, user.EmailUpcomingReminders, user.EmailDueReminders, user.TwoFactorEnabled, sessions);
    }
}
