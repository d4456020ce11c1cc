using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>Adding, naming, removing and signing in with passkeys, and what is refused on the way (decision 031).</summary>
public sealed class PasskeyTests(CaseFixture fixture) : PasskeyTest, IClassFixture<CaseFixture>
{
    protected override JrCaseworkFactory App => fixture;

    [Fact]
    public async Task APasskeyAddedAfterThePassword_SignsIn_WithoutThePassword()
    {
        var email = DemoData.SupervisorLogistics.Email;
        using var device = new SoftwareAuthenticator();
        using (var profile = await BrowserLikeClient.SignedInAsync(App, email))
        {
            using var added = await AddAsync(profile, device, "Work laptop");
            Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
            Assert.Equal(ManagePath, BrowserLikeClient.PathOf(added));
            Assert.Contains("The passkey \"Work laptop\" was added.", WebUtility.HtmlDecode(await profile.GetStringAsync(ManagePath)), StringComparison.Ordinal);
        }

        var passkey = Assert.Single(await PasskeysOfAsync(email));
        Assert.Equal("Work laptop", passkey.Name);
        Assert.True(passkey.IsUserVerified);

        using var client = BrowserLikeClient.Anonymous(App);
        using var signedIn = await SignInAsync(client, device);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", BrowserLikeClient.PathOf(signedIn));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
        await using var db = App.CreateDbContext();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        Assert.Equal("passkey", (await db.UserSessions.Where(s => s.UserId == userId).OrderBy(s => s.StartedAtUtc).LastAsync()).Method);
        Assert.Contains("with a passkey", await client.GetStringAsync("/Account/Manage/Sessions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACopiedSignIn_SentAgain_SignsNobodyIn()
    {
        // A synced passkey: its counter does not rise, so only the server's memory of the challenge stops a second use.
        using var device = await PasskeyOfAsync(DemoData.Admin.Email, "Laptop", synced: true);
        // A client that keeps no cookies: what it sends is what an onlooker copied (a proxy log, a saved request).
        using var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var loginPage = await client.GetAsync("/Account/Login");
        var cookies = CookiesSetBy(loginPage);
        var token = BrowserLikeClient.AntiforgeryTokenOn(await loginPage.Content.ReadAsStringAsync());
        using var optionsRequest = new HttpRequestMessage(HttpMethod.Post, "/Account/PasskeyRequestOptions");
        optionsRequest.Headers.Add("RequestVerificationToken", token);
        optionsRequest.Headers.Add("Cookie", cookies);
        using var options = await client.SendAsync(optionsRequest);
        cookies += "; " + CookiesSetBy(options);
        var answer = device.Get(await options.Content.ReadAsStringAsync());

        using var first = await client.SendAsync(SignInRequest(cookies, token, answer));
        using var again = await client.SendAsync(SignInRequest(cookies, token, answer));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("That passkey did not sign you in.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPassword_MakesNoChallenge_AndTheNameStays()
    {
        using var client = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);

        var page = await ConfirmAsync(client, "Phone", password: "not-my-password-at-all");

        Assert.Contains("That is not your current password.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Phone\"", page, StringComparison.Ordinal);
        Assert.False(OffersPasskey(page));
    }

    [Theory]
    [InlineData("", "This field is required.")]
    [InlineData("A name far longer than sixty characters, which is no label any more", "At most 60 characters.")]
    [InlineData("Phone\u001b", "a character that cannot be kept")]
    public async Task AnUnusableName_IsRefused_BeforeThePasswordIsChecked(string name, string said)
    {
        using var client = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);
        var failuresBefore = await FailedSignInsAsync(DemoData.Manager.Email);

        var page = await ConfirmAsync(client, name, password: "not-my-password-at-all");

        Assert.Contains(said, page, StringComparison.Ordinal);
        Assert.DoesNotContain("not your current password", page, StringComparison.Ordinal);
        Assert.Equal(failuresBefore, await FailedSignInsAsync(DemoData.Manager.Email));
        Assert.False(OffersPasskey(page));
    }

    [Fact]
    public async Task WithTwoStepSignInOn_TheAppsCodeIsAskedToo()
    {
        var email = DemoData.SupervisorProduction.Email;
        using var client = await BrowserLikeClient.SignedInAsync(App, email);
        await App.ChangeUserAsync(email, user => user.TwoFactorEnabled = true);
        try
        {
            Assert.Contains("id=\"Confirm.Code\"", await client.GetStringAsync(ManagePath), StringComparison.Ordinal);

            var withoutCode = await ConfirmAsync(client, "Phone");
            var wrongCode = await ConfirmAsync(client, "Phone", code: "000000");

            Assert.Contains("This field is required.", withoutCode, StringComparison.Ordinal);
            Assert.Contains("or not the app&#x27;s current code.", wrongCode, StringComparison.Ordinal);
            Assert.False(OffersPasskey(withoutCode) || OffersPasskey(wrongCode));
        }
        finally
        {
            await App.ChangeUserAsync(email, user => user.TwoFactorEnabled = false);
        }
    }

    [Fact]
    public async Task APasskeySentTwice_IsKeptOnce_TheSecondFindsNoChallenge()
    {
        var email = DemoData.Hr.Email;
        using var client = await BrowserLikeClient.SignedInAsync(App, email);
        using var device = new SoftwareAuthenticator();
        var page = await ConfirmAsync(client, "Phone");
        var fields = new Dictionary<string, string> { ["Create.Name"] = "Phone", ["Create.Credential"] = device.Create(CreationOptionsOn(page)) };

        using var first = await PostOnAsync(client, page, ManagePath, "passkey-create", fields);
        using var second = await PostOnAsync(client, page, ManagePath, "passkey-create", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("That took too long, or was already sent.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await PasskeysOfAsync(email));
    }

    [Fact]
    public async Task WhatTheBrowserReported_IsSaid_AndNothingIsKept()
    {
        using var client = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);
        var page = await ConfirmAsync(client, "Phone");

        using var response = await PostOnAsync(client, page, ManagePath, "passkey-create", new()
        {
            ["Create.Name"] = "Phone",
            ["Create.Problem"] = "NotAllowedError",
        });

        Assert.Contains("No passkey was made: the request was cancelled or took too long.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(DemoData.Manager.Email));
    }

    [Fact]
    public async Task APasskeyMadeOnAnotherSite_IsNotAdded()
    {
        using var client = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);
        // A look-alike page relaying this site's challenge: the browser writes the look-alike's origin into the answer.
        using var device = new SoftwareAuthenticator(origin: "http://localhost.evil.example");

        using var response = await AddAsync(client, device, "Phone");

        Assert.Contains("The passkey could not be checked and was not added.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(DemoData.Manager.Email));
    }

    [Fact]
    public async Task AChallenge_IsGivenOnlyWithTheFormsAntiforgeryToken()
    {
        using var client = BrowserLikeClient.Anonymous(App);
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Login"));

        var without = await RequestOptionsAsync(client, token: null);
        var with = await RequestOptionsAsync(client, token);

        Assert.Equal(HttpStatusCode.BadRequest, without.Status);
        Assert.Equal(HttpStatusCode.OK, with.Status);
        Assert.Contains("\"challenge\"", with.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasskeyNobodyHereKnows_SignsNobodyIn()
    {
        using var device = new SoftwareAuthenticator();
        using (var profile = await BrowserLikeClient.SignedInAsync(App, DemoData.Admin.Email))
        {
            // Made for this site, but never kept: the confirmation page's options, the passkey not posted.
            device.Create(CreationOptionsOn(await ConfirmAsync(profile)));
        }

        using var client = BrowserLikeClient.Anonymous(App);
        using var response = await SignInAsync(client, device);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That passkey did not sign you in.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(BrowserLikeClient.SignInCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADisabledAccountsPasskey_SaysWhy_AndSignsNobodyIn()
    {
        var email = DemoData.SupervisorProduction.Email;
        using var device = await PasskeyOfAsync(email, "Phone");

        await App.ChangeUserAsync(email, user => user.IsDisabled = true);
        try
        {
            using var client = BrowserLikeClient.Anonymous(App);
            using var response = await SignInAsync(client, device);
            Assert.Contains("This account cannot sign in with a passkey now", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
        }
        finally
        {
            await App.ChangeUserAsync(email, user => user.IsDisabled = false);
        }
    }

    private static string CookiesSetBy(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));

    private static HttpRequestMessage SignInRequest(string cookies, string token, string answer)
    {
        var request = FormRequest("/Account/Login", "passkey-sign-in", token, new() { ["Passkey.Credential"] = answer });
        request.Headers.Add("Cookie", cookies);
        return request;
    }
}
