using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// A sign-in is a session the server keeps: signing out ends it for every copy of the cookie, it ends after 30 minutes
/// without activity and 12 hours after signing in however active, and the user can end all of theirs and see them.
/// </summary>
public sealed class SessionTests : IAsyncLifetime
{
    private const string ProtectedPage = "/Account/Manage";
    private const string SessionsPage = "/Account/Manage/Sessions";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly JrCaseworkFactory _factory;

    public SessionTests()
    {
        _factory = new JrCaseworkFactory { Clock = _clock };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SigningOut_EndsTheSession_ForEveryCopyOfTheCookie()
    {
        var (client, cookie) = await SignInKeepingTheCookieAsync(DemoData.SupervisorProduction.Email);
        using var copy = ClientWithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, await copy.StatusOfAsync(ProtectedPage));

        using (var signOut = await BrowserLikeClient.SignOutAsync(client))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        Assert.Equal("/Account/Login", await RedirectPathAsync(copy, ProtectedPage));
        client.Dispose();
    }

    [Fact]
    public async Task ASessionWithoutActivity_EndsAfterThirtyMinutes_AndActivityKeepsItGoing()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(ProtectedPage));
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(ProtectedPage));
        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal("/Account/Login", await RedirectPathAsync(client, ProtectedPage));
    }

    [Fact]
    public async Task ASession_EndsTwelveHoursAfterSigningIn_HoweverActive()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        for (var minutes = 20; minutes < 12 * 60; minutes += 20)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(ProtectedPage));
        }

        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal("/Account/Login", await RedirectPathAsync(client, ProtectedPage));
    }

    [Fact]
    public async Task SigningOutEverywhere_EndsEverySessionOfThatUser_AndNoOneElses()
    {
        using var here = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);
        using var elsewhere = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);
        using var colleague = await BrowserLikeClient.SignedInAsync(_factory, DemoData.Hr.Email);

        using (var response = await BrowserLikeClient.PostFormAsync(here, SessionsPage, "sign-out-everywhere", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        }

        Assert.Equal("/Account/Login", await RedirectPathAsync(here, ProtectedPage));
        Assert.Equal("/Account/Login", await RedirectPathAsync(elsewhere, ProtectedPage));
        Assert.Equal(HttpStatusCode.OK, await colleague.StatusOfAsync(ProtectedPage));
    }

    [Fact]
    public async Task ChangingThePassword_EndsTheUsersOtherSessions_AndKeepsThisOne()
    {
        using var here = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);
        using var elsewhere = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        using (var response = await BrowserLikeClient.PostFormAsync(here, "/Account/Manage/ChangePassword", "change-password", new()
        {
            ["Input.OldPassword"] = DemoData.Password,
            ["Input.NewPassword"] = "Bakkerij-Ochtend-2027",
            ["Input.ConfirmPassword"] = "Bakkerij-Ochtend-2027",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await here.StatusOfAsync(ProtectedPage));
        Assert.Equal("/Account/Login", await RedirectPathAsync(elsewhere, ProtectedPage));
        var page = await here.GetStringAsync(SessionsPage);
        Assert.Equal(1, CountOf(page, "data-session-state=\"PasswordChanged\""));
    }

    [Fact]
    public async Task RecentSignIns_ShowTheUsersOwnSessions_WithHowEachEnded()
    {
        var (signedOut, _) = await SignInKeepingTheCookieAsync(DemoData.SupervisorProduction.Email);
        (await BrowserLikeClient.SignOutAsync(signedOut)).Dispose();
        signedOut.Dispose();
        using var colleague = await BrowserLikeClient.SignedInAsync(_factory, DemoData.Hr.Email);
        _clock.Advance(TimeSpan.FromMinutes(5));
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        var page = await client.GetStringAsync(SessionsPage);

        Assert.Equal(2, CountOf(page, "data-session-state="));
        Assert.Equal(1, CountOf(page, "data-session-state=\"current\""));
        Assert.Equal(1, CountOf(page, "data-session-state=\"SignedOut\""));
    }

    [Fact]
    public async Task TheActivitySignal_CountsAsActivity_AndSaysWhenTheSessionHasEnded()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);
        _clock.Advance(TimeSpan.FromMinutes(20));
        using (var beat = await client.PostAsync("/Account/Activity", content: null))
        {
            Assert.Equal(HttpStatusCode.NoContent, beat.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(ProtectedPage));
        _clock.Advance(TimeSpan.FromMinutes(31));

        using var late = await client.PostAsync("/Account/Activity", content: null);
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task<string?> RedirectPathAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.AbsolutePath;
    }

    /// <summary>Signs in through the form and also gives the sign-in cookie as the browser got it, to copy elsewhere.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInKeepingTheCookieAsync(string email)
    {
        var client = BrowserLikeClient.Anonymous(_factory);
        using var response = await BrowserLikeClient.PostSignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserLikeClient.SignInCookie + "=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private HttpClient ClientWithCookie(string cookie)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
