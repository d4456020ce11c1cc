using JrCasework.Domain.Auditing;
using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Features.Admin.Users;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// Single sign-on against a real OpenID Connect provider on loopback (decision 032), through the real pages: the
/// sign-in page's button, the provider, the way back; an account is found by e-mail address and never made.
/// </summary>
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private readonly JrCaseworkFactory _app = new();
    private OidcTestProvider _provider = default!;

    public async Task InitializeAsync()
    {
        _provider = await OidcTestProvider.StartAsync();
        _provider.ServeSignOnOf(_app);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task TheProvidersUser_SignsIntoTheAccountWithTheirAddress_WithoutAPassword()
    {
        var email = DemoData.SupervisorLogistics.Email;
        _provider.SignedInEmail = email.ToUpperInvariant();
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client, returnUrl: "cases");

        Assert.Equal("/cases", BrowserLikeClient.PathOf(back));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
        Assert.Contains("with single sign-on", await client.GetStringAsync("/Account/Manage/Sessions"), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var userId = await _app.UserIdAsync(email);
        Assert.Equal("external", (await db.UserSessions.Where(s => s.UserId == userId).SingleAsync()).Method);
    }

    [Fact]
    public async Task AnAddressWithoutAnAccount_IsToldSo_AndNoAccountIsMade()
    {
        _provider.SignedInEmail = "new.colleague@example.com";
        await using var before = _app.CreateDbContext();
        var accounts = await before.Users.CountAsync();
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("There is no account here for new.colleague@example.com.", WebUtility.HtmlDecode(await back.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
        await using var after = _app.CreateDbContext();
        Assert.Equal(accounts, await after.Users.CountAsync());
    }

    [Theory]
    [InlineData("\u017Fanne@example.com", null, "There is no account here for")]
    [InlineData("sanne@example.com", false, "did not give a confirmed e-mail address")]
    public async Task ALookAlikeOrUncheckedAddress_OpensNoAccount(string given, bool? verified, string said)
    {
        // "ſanne" is another address to the provider; Identity's look-up would upper-case it to SANNE.
        (_provider.SignedInEmail, _provider.EmailVerified) = (given, verified);
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client);

        Assert.Contains(said, await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
    }

    [Fact]
    public async Task AnAccount_StaysTiedToThePersonWhoFirstSignedOn()
    {
        _provider.SignedInEmail = DemoData.SupervisorLogistics.Email;
        _provider.Subject = "person-1";
        using (var first = BrowserLikeClient.Anonymous(_app))
        {
            using var signedOn = await SignOnAsync(first);
            Assert.Equal("/", BrowserLikeClient.PathOf(signedOn));
        }

        // The address, given later to someone else in the directory.
        _provider.Subject = "person-2";
        using var client = BrowserLikeClient.Anonymous(_app);
        using var back = await SignOnAsync(client);

        Assert.Contains("tied to another person at your organisation", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
    }

    [Fact]
    public async Task AReturnAddressElsewhere_EndsOnTheStartPage()
    {
        _provider.SignedInEmail = DemoData.SupervisorLogistics.Email;
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client, returnUrl: "//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/", BrowserLikeClient.PathOf(back));
        Assert.Equal("localhost", new Uri(new Uri("http://localhost"), back.Headers.Location!).Host);
    }

    [Fact]
    public async Task WhenTheProviderRefuses_ThePageSaysItDidNotWork()
    {
        _provider.SignedInEmail = null;
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client);

        Assert.Contains("Signing in through your organisation did not work", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
    }

    [Fact]
    public async Task AnAccountForSingleSignOnOnly_IsRefusedItsPassword_ButSignsOn()
    {
        var email = DemoData.SupervisorProduction.Email;
        await _app.ChangeUserAsync(email, user => user.SingleSignOnOnly = true);
        using var client = BrowserLikeClient.Anonymous(_app);

        using var password = await BrowserLikeClient.PostSignInAsync(client, email);
        Assert.Contains("This account signs in through your organisation only", await password.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var wrong = await BrowserLikeClient.PostSignInAsync(client, email, "not-the-password-at-all");
        Assert.DoesNotContain("through your organisation only", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _provider.SignedInEmail = email;
        using var back = await SignOnAsync(client);
        Assert.Equal("/", BrowserLikeClient.PathOf(back));
    }

    [Fact]
    public async Task AnAdministratorsChoice_IsAudited_EndsOpenSessions_AndClosesThePassword()
    {
        var email = DemoData.Hr.Email;
        using var open = await BrowserLikeClient.SignedInAsync(_app, email);
        await using (var admin = await SignedInScope.AsAsync(_app.Services, DemoData.Admin.Email))
        {
            var users = admin.Get<UserAdministration>();
            var id = await _app.UserIdAsync(email);
            var details = await users.DetailsAsync(id);
            details.SingleSignOnOnly = true;
            Assert.True((await users.UpdateAsync(id, details)).Succeeded);
            Assert.True((await users.DetailsAsync(id)).SingleSignOnOnly);
        }

        Assert.NotEqual(HttpStatusCode.OK, await open.StatusOfAsync("/outcomes"));
        using var client = BrowserLikeClient.Anonymous(_app);
        using var password = await BrowserLikeClient.PostSignInAsync(client, email);
        Assert.Contains("This account signs in through your organisation only", await password.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Single(await db.AuditLog.Where(a => a.Action == AuditActions.Admin.UserSignIn && a.Detail == "single-sign-on").ToListAsync());
    }

    [Fact]
    public async Task ADisabledAccount_DoesNotSignOn()
    {
        var email = DemoData.Manager.Email;
        await _app.ChangeUserAsync(email, user => user.IsDisabled = true);
        _provider.SignedInEmail = email;
        using var client = BrowserLikeClient.Anonymous(_app);

        using var back = await SignOnAsync(client);

        Assert.Contains("This account has been disabled", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/dashboard"));
    }

    [Fact]
    public async Task TheSignInPage_MayPostOnToTheProvider_AndNowhereElse()
    {
        using var client = BrowserLikeClient.Anonymous(_app);

        using var page = await client.GetAsync("/Account/Login");

        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        var formAction = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("form-action", StringComparison.Ordinal));
        Assert.Equal($"form-action 'self' {_provider.Authority.GetLeftPart(UriPartial.Authority)}", formAction);
        Assert.Contains("Sign in with Van Dijk account", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheSettings_ThereIsNoButton_AndNoWayOn()
    {
        await using var plain = new JrCaseworkFactory();
        using var client = BrowserLikeClient.Anonymous(plain);
        var page = await client.GetStringAsync("/Account/Login");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = BrowserLikeClient.AntiforgeryTokenOn(page) });
        using var response = await client.PostAsync("/Account/ExternalLogin", form);

        Assert.DoesNotContain("single-sign-on-button", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// Presses the sign-in page's button and follows the browser's way: to the provider (a client of its own, the
    /// provider's site), back to the app's callback and on to <c>/Account/ExternalLogin</c>; gives that page's answer.
    /// </summary>
    private async Task<HttpResponseMessage> SignOnAsync(HttpClient client, string returnUrl = "")
    {
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Login"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = returnUrl });
        using var toProvider = await client.PostAsync("/Account/ExternalLogin", form);
        Assert.Equal(HttpStatusCode.Redirect, toProvider.StatusCode);
        Assert.StartsWith(_provider.Authority.ToString(), toProvider.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var providerSite = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var fromProvider = await providerSite.GetAsync(toProvider.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, fromProvider.StatusCode);

        using var callback = await client.GetAsync(fromProvider.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/Account/ExternalLogin", BrowserLikeClient.PathOf(callback));
        return await client.GetAsync(callback.Headers.Location);
    }
}
