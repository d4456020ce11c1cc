using System.Text.RegularExpressions;
using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// Two-step sign-in with an authenticator app (decision 028), through the real pages: HR and administrators must set it
/// up before anything else opens; then a sign-in asks for the app's code (or a recovery code, once each), unless this
/// browser was remembered.
/// </summary>
public sealed class TwoFactorTests : TwoFactorTest
{
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
    public async Task TheSetUpPage_OffersNoWayElsewhere_UntilItIsDone()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);

        var pending = await client.GetStringAsync(EnablePath);
        await EnrolAsync(client);
        var done = await client.GetStringAsync("/Account/Manage");

        Assert.DoesNotContain("jr-navlink", pending, StringComparison.Ordinal);
        Assert.Contains("jr-navlink", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisor_IsNotAskedToSetItUp()
    {
        using var client = await BrowserLikeClient.SignedInAsync(Factory, DemoData.SupervisorProduction.Email);

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
        await using var db = Factory.CreateDbContext();
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
        await using var db = Factory.CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Email == DemoData.Admin.Email)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.Redirect, await client.StatusOfAsync("/"));
    }

    [Fact]
    public async Task OnceSetUp_SigningIn_AsksForTheAppsCode_AndAWrongOneIsRefused()
    {
        var (key, _) = await EnrolledAsync(DemoData.Hr.Email);
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        Assert.Equal(HttpStatusCode.Redirect, await client.StatusOfAsync("/outcomes"));
        using var wrong = await SecondStepAsync(client, WrongCode(key));
        Assert.Contains("That code is not correct", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var right = await SecondStepAsync(client, Totp.Code(key, Now));

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/outcomes"));
        await using var db = Factory.CreateDbContext();
        var hr = await db.Users.SingleAsync(u => u.Email == DemoData.Hr.Email);
        Assert.Equal("mfa", (await db.UserSessions.Where(s => s.UserId == hr.Id).OrderByDescending(s => s.StartedAtUtc).FirstAsync()).Method);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        var (_, codes) = await EnrolledAsync(DemoData.Hr.Email);
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
        var (key, _) = await EnrolledAsync(DemoData.Admin.Email);
        using var client = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: true);
        using var remembered = await SecondStepAsync(client, Totp.Code(key, Now), rememberBrowser: true);
        await SignOutAsync(client);
        using (var passwordOnly = await BrowserLikeClient.PostSignInAsync(client, DemoData.Admin.Email))
        {
            Assert.Equal("/", BrowserLikeClient.PathOf(passwordOnly));
        }

        using var forgotten = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "forget-browser", []);
        var said = await client.GetStringAsync(forgotten.Headers.Location);
        // Said once, as what was done: not again in the red of the form's own error line.
        Assert.Single(Regex.Matches(said, "id=\"status-message\""));
        Assert.Contains("jr-status-success\" role=\"alert\" id=\"status-message\">This browser asks for a code again", said, StringComparison.Ordinal);
        await SignOutAsync(client);
        using var askedAgain = await BrowserLikeClient.PostSignInAsync(client, DemoData.Admin.Email);

        Assert.Equal(SecondStepPath, BrowserLikeClient.PathOf(askedAgain));
    }

    [Fact]
    public async Task TheSecondStep_WithoutThePasswordFirst_GoesBackToSignIn()
    {
        using var client = BrowserLikeClient.Anonymous(Factory);

        using var response = await client.GetAsync(SecondStepPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", BrowserLikeClient.PathOf(response));
    }

}
