using System.Text.RegularExpressions;
using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// Two-step sign-in with an authenticator app (decision 028), through the real pages: HR and administrators must set it
/// up before anything else opens; then a sign-in asks for the app's code (or a recovery code, once each), unless this
/// browser was remembered. The codes are computed here from the key the page shows, as the app would.
/// </summary>
public sealed partial class TwoFactorTests : IAsyncLifetime
{
    private const string EnablePath = "/Account/Manage/TwoFactor/Enable";
    private const string SecondStepPath = "/Account/LoginWithTwoFactor";

    /// <summary>The app's clock, which the tests move on to the next 30-second step when a code may not be used twice.</summary>
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private readonly JrCaseworkFactory _factory;

    public TwoFactorTests()
    {
        _factory = new JrCaseworkFactory { Clock = _clock, Settings = { ["TwoFactor:RequiredRoles"] = "HR,Admin" } };
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/outcomes")]
    [InlineData("/reports/export.csv")]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/ChangePassword")]
    public async Task HrWithoutTwoStepSignIn_IsTakenToTheSetUp_FromEveryPage(string path)
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EnablePath, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task HrWithoutTwoStepSignIn_CanPostNoFormButTheSetUp()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync(EnablePath));

        using var response = await client.PostAsync("/Account/Manage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "profile",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = "Changed",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ASupervisor_IsNotAskedToSetItUp()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));
        Assert.Contains("id=\"set-up-two-factor\"", await client.GetStringAsync("/Account/Manage/TwoFactor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingItUp_WithTheAppsCode_ShowsTenRecoveryCodes_AndOpensTheApplication()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);

        var (key, codes) = await EnrolAsync(client);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/outcomes"));
        await using var db = _factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Email == DemoData.Hr.Email)).TwoFactorEnabled);
        Assert.NotEmpty(key);
    }

    [Fact]
    public async Task SettingItUp_WithAWrongCode_IsRefused_AndLeavesItOff()
    {
        using var client = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: false);
        var key = KeyOn(await StartSetUpAsync(client));

        using var response = await BrowserLikeClient.PostFormAsync(client, EnablePath, "enable-two-factor", new() { ["Input.Code"] = WrongCode(key) });

        Assert.Contains("That code does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Email == DemoData.Admin.Email)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.Redirect, await client.StatusOfAsync("/"));
    }

    [Fact]
    public async Task OnceSetUp_SigningIn_AsksForTheAppsCode_AndAWrongOneIsRefused()
    {
        string key;
        using (var first = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false))
        {
            (key, _) = await EnrolAsync(first);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        Assert.Equal(HttpStatusCode.Redirect, await client.StatusOfAsync("/outcomes"));
        using var wrong = await SecondStepAsync(client, WrongCode(key));
        Assert.Contains("That code is not correct", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var right = await SecondStepAsync(client, Totp.Code(key, Now));

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/outcomes"));
        await using var db = _factory.CreateDbContext();
        var hr = await db.Users.SingleAsync(u => u.Email == DemoData.Hr.Email);
        Assert.Equal("mfa", (await db.UserSessions.Where(s => s.UserId == hr.Id).OrderByDescending(s => s.StartedAtUtc).FirstAsync()).Method);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        IReadOnlyList<string> codes;
        using (var first = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false))
        {
            (_, codes) = await EnrolAsync(first);
        }

        using var once = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var used = await SecondStepAsync(once, codes[0], recovery: true);
        using var again = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var reused = await SecondStepAsync(again, codes[0], recovery: true);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await once.StatusOfAsync("/outcomes"));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("That code is not correct", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Recovery codes left: 9", await once.GetStringAsync("/Account/Manage/TwoFactor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARememberedBrowser_IsNotAskedAgain_UntilItIsForgotten()
    {
        string key;
        using (var first = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: false))
        {
            (key, _) = await EnrolAsync(first);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        using var client = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: true);
        using var remembered = await SecondStepAsync(client, Totp.Code(key, Now), rememberBrowser: true);
        await SignOutAsync(client);
        using (var passwordOnly = await PasswordAsync(client, DemoData.Admin.Email))
        {
            Assert.Equal("/", new Uri(new Uri("http://localhost"), passwordOnly.Headers.Location!).AbsolutePath);
        }

        using var forgotten = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "forget-browser", []);
        await SignOutAsync(client);
        using var askedAgain = await PasswordAsync(client, DemoData.Admin.Email);

        Assert.Equal(SecondStepPath, new Uri(new Uri("http://localhost"), askedAgain.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task TheSecondStep_WithoutThePasswordFirst_GoesBackToSignIn()
    {
        using var client = BrowserLikeClient.Anonymous(_factory);

        using var response = await client.GetAsync(SecondStepPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task OpeningTheSetUpPage_ChangesNothing_UntilTheQrCodeIsAskedFor()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        await using var before = _factory.CreateDbContext();
        var stamp = (await before.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.Hr.Email)).SecurityStamp;

        var page = await client.GetStringAsync(EnablePath);

        Assert.Contains("id=\"two-factor-start\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("two-factor-key", page, StringComparison.Ordinal);
        await using var after = _factory.CreateDbContext();
        Assert.Equal(stamp, (await after.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.Hr.Email)).SecurityStamp);
        Assert.Contains("two-factor-key", await StartSetUpAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeUsedOnce_IsRefusedTheSecondTime_AndTheNextStepsCodeWorks()
    {
        string key;
        using (var first = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false))
        {
            (key, _) = await EnrolAsync(first);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        var code = Totp.Code(key, Now);
        using var once = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var used = await SecondStepAsync(once, code);
        using var again = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var replayed = await SecondStepAsync(again, code);
        _clock.Advance(TimeSpan.FromSeconds(30));
        using var next = await SecondStepAsync(again, Totp.Code(key, Now));

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("That code is not correct", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task TheSetUpPage_OnceItIsOn_NeverShowsTheKey_WhateverIsPosted()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        var (key, _) = await EnrolAsync(client);
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Manage/TwoFactor"));

        var page = await client.GetStringAsync(EnablePath);
        using var posted = await client.PostAsync(EnablePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "enable-two-factor",
            ["__RequestVerificationToken"] = token,
            ["Input.Code"] = "000000",
        }));
        var answer = await posted.Content.ReadAsStringAsync();

        Assert.DoesNotContain("two-factor-key", page, StringComparison.Ordinal);
        Assert.DoesNotContain("two-factor-key", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthenticatorKeyText(key), answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("recovery-codes", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRecoveryCodes_NeedTheAppsCode_NotJustTheCookie()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        var (key, codes) = await EnrolAsync(client);

        using var withoutCode = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "change-two-factor", new()
        {
            ["Input.Code"] = WrongCode(key),
            ["Input.Action"] = "codes",
        });
        _clock.Advance(TimeSpan.FromSeconds(30));
        using var withCode = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "change-two-factor", new()
        {
            ["Input.Code"] = Totp.Code(key, Now),
            ["Input.Action"] = "codes",
        });

        Assert.DoesNotContain("id=\"recovery-codes\"", await withoutCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var renewed = RecoveryCode().Matches(await withCode.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, renewed.Count);
        Assert.Empty(renewed.Intersect(codes));
    }

    [Fact]
    public async Task ACodeTypedAfterTheSecondStepExpired_LeadsBackToSignIn()
    {
        string key;
        using (var first = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false))
        {
            (key, _) = await EnrolAsync(first);
        }

        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        var page = await client.GetStringAsync($"{SecondStepPath}?returnUrl=%2F");
        _clock.Advance(TimeSpan.FromMinutes(6));
        using var late = await client.PostAsync($"{SecondStepPath}?returnUrl=%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "two-factor",
            ["__RequestVerificationToken"] = BrowserLikeClient.AntiforgeryTokenOn(page),
            ["Input.Code"] = Totp.Code(key, Now),
        }));

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal("/Account/Login", new Uri(new Uri("http://localhost"), late.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task WrongRecoveryCodes_CountTowardTheLockout()
    {
        using (var first = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: false))
        {
            await EnrolAsync(first);
        }

        using var client = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: true);
        using var wrong = await SecondStepAsync(client, "AAAAA-BBBBB", recovery: true);

        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.Email == DemoData.Admin.Email)).AccessFailedCount);
    }

    /// <summary>Signs in with the demo password; the answer sends the browser on to the second step, or into the application.</summary>
    private async Task<HttpClient> PasswordStepAsync(string email, bool expectSecondStep)
    {
        var client = BrowserLikeClient.Anonymous(_factory);
        using var response = await PasswordAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectSecondStep, response.Headers.Location!.OriginalString.Contains("LoginWithTwoFactor", StringComparison.Ordinal));
        return client;
    }

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email) =>
        BrowserLikeClient.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoData.Password });

    private static async Task SignOutAsync(HttpClient client)
    {
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Manage"));
        using var signedOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    private static Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code, bool recovery = false, bool rememberBrowser = false)
    {
        var fields = new Dictionary<string, string> { ["Input.Code"] = code };
        if (rememberBrowser)
        {
            fields["Input.RememberBrowser"] = "true";
        }

        return BrowserLikeClient.PostFormAsync(client, $"{SecondStepPath}?recovery={(recovery ? "true" : "false")}&returnUrl=%2F", "two-factor", fields);
    }

    /// <summary>Sets up the app as a person would: reads the key off the page, types the code it makes; gives the key and the recovery codes shown.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var key = KeyOn(await StartSetUpAsync(client));
        using var response = await BrowserLikeClient.PostFormAsync(client, EnablePath, "enable-two-factor", new() { ["Input.Code"] = Totp.Code(key, Now) });
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        return (key, [.. RecoveryCode().Matches(page).Select(m => m.Groups[1].Value)]);
    }

    /// <summary>Asks for the QR code (the button on the set-up page) and gives the page that shows it.</summary>
    private static async Task<string> StartSetUpAsync(HttpClient client)
    {
        using var started = await BrowserLikeClient.PostFormAsync(client, EnablePath, "start-two-factor", []);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return await started.Content.ReadAsStringAsync();
    }

    private static string KeyOn(string page) =>
        WebUtility.HtmlDecode(KeyElement().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("No key on the set-up page."));

    /// <summary>A code the app would not show now (nor in the steps either side, which the server also accepts).</summary>
    private string WrongCode(string key)
    {
        var now = Now;
        var near = new[] { -60, -30, 0, 30, 60 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !near.Contains(code));
    }

    /// <summary>The key as the page writes it: lower case in groups of four.</summary>
    private static string AuthenticatorKeyText(string key) => key.Trim();

    [GeneratedRegex("id=\"two-factor-key\"[^>]*>([^<]+)<")]
    private static partial Regex KeyElement();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
