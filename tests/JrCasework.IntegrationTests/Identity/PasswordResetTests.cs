using System.Text.RegularExpressions;
using JrCasework.IntegrationTests.Calendar;
using MimeKit;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// "Forgot your password?" through the real pages and a real SMTP server (decision 029): the page says the same for any
/// address, a mail goes only to an account's own address, its link sets a new password once and ends every sign-in,
/// and a link past its time no longer works.
/// </summary>
public sealed partial class PasswordResetTests : IAsyncLifetime
{
    private const string NewPassword = "Kanaalbrug-Herfst-42";

    private readonly MailingApp _mailing = new();

    private JrCaseworkFactory App => _mailing.App;

    private SmtpTestServer Smtp => _mailing.Smtp;

    public Task InitializeAsync() => _mailing.StartAsync();

    public Task DisposeAsync() => _mailing.DisposeAsync().AsTask();

    [Fact]
    public async Task AnUnknownAndAKnownAddress_GetTheSameAnswer_AndOnlyTheAccountGetsAMail()
    {
        using var client = BrowserLikeClient.Anonymous(App);

        var unknown = await AskAsync(client, "nobody@example.com");
        var known = await AskAsync(client, DemoData.SupervisorLogistics.Email.ToUpperInvariant());

        Assert.Equal(Answer(unknown), Answer(known));
        var mail = Assert.Single(await Smtp.WaitForMessagesAboutAsync("new password"));
        Assert.Equal(DemoData.SupervisorLogistics.Email, ((MailboxAddress)mail.To.Single()).Address);
        await Task.Delay(500);
        Assert.Single(Smtp.Messages());
    }

    [Fact]
    public async Task TheMailedLink_SetsANewPasswordOnce_AndEndsEverySignIn()
    {
        using var signedIn = await BrowserLikeClient.SignedInAsync(App, DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(App);
        await AskAsync(client, DemoData.SupervisorProduction.Email);
        var link = LinkIn(Assert.Single(await Smtp.WaitForMessagesAboutAsync("new password")));

        using var reset = await ChooseAsync(client, link, NewPassword);
        using var again = await ChooseAsync(client, link, "Tweede-Poging-2026");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("id=\"reset-link-dead\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await signedIn.StatusOfAsync("/cases"));
        using var withNew = await BrowserLikeClient.SignedInAsync(App, DemoData.SupervisorProduction.Email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, await withNew.StatusOfAsync("/cases"));
    }

    [Fact]
    public async Task ChangingOrResettingThePassword_TellsTheUserByMail()
    {
        using var signedIn = await BrowserLikeClient.SignedInAsync(App, DemoData.SupervisorLogistics.Email);
        using var changed = await BrowserLikeClient.PostFormAsync(signedIn, "/Account/Manage/ChangePassword", "change-password", new()
        {
            ["Input.OldPassword"] = DemoData.Password,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        using var client = BrowserLikeClient.Anonymous(App);
        await AskAsync(client, DemoData.SupervisorLogistics.Email);
        var link = LinkIn(Assert.Single(await Smtp.WaitForMessagesAboutAsync("new password")));
        using var reset = await ChooseAsync(client, link, "Tweede-Poging-2026");

        var notices = await Smtp.WaitForMessagesAboutAsync("how you sign in has changed", count: 2);
        Assert.Equal(2, notices.Count);
        Assert.Contains(notices, n => n.TextBody!.Contains("password of your JR Casework account was changed", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.TextBody!.Contains("through the link we mailed you", StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Equal(DemoData.SupervisorLogistics.Email, ((MailboxAddress)n.To.Single()).Address));
    }

    [Fact]
    public async Task ALinkPastItsTime_NoLongerWorks_AndThePasswordStays()
    {
        // Before the app starts: a link of this instance works for two seconds.
        App.Settings["PasswordReset:LinkLifetime"] = "00:00:02";
        using var client = BrowserLikeClient.Anonymous(App);
        await AskAsync(client, DemoData.Manager.Email);
        var link = LinkIn(Assert.Single(await Smtp.WaitForMessagesAboutAsync("new password")));
        await Task.Delay(TimeSpan.FromSeconds(3));

        using var late = await ChooseAsync(client, link, NewPassword);

        Assert.Contains("id=\"reset-link-dead\"", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var withOld = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);
    }

    [Fact]
    public async Task ALinkWithAForgedCode_IsRefused()
    {
        using var client = BrowserLikeClient.Anonymous(App);
        var userId = await App.UserIdAsync(DemoData.Hr.Email);

        using var forged = await ChooseAsync(client, $"/Account/ResetPassword?userId={userId}&code=Zm9yZ2Vk", NewPassword);

        Assert.Contains("id=\"reset-link-dead\"", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingOverAndOver_SendsAtMostThreeMailsAnHour()
    {
        using var client = BrowserLikeClient.Anonymous(App);

        for (var i = 0; i < 5; i++)
        {
            await AskAsync(client, DemoData.Admin.Email);
        }

        await Smtp.WaitForMessagesAboutAsync("new password", count: 4, timeout: TimeSpan.FromSeconds(3));
        Assert.Equal(3, Smtp.MessagesAbout("new password").Count);
    }

    /// <summary>Chooses <paramref name="password"/> (typed twice) on the page <paramref name="link"/> opens.</summary>
    private static Task<HttpResponseMessage> ChooseAsync(HttpClient client, string link, string password) =>
        BrowserLikeClient.PostFormAsync(client, link, "reset-password", new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password });

    private static async Task<string> AskAsync(HttpClient client, string email)
    {
        using var response = await BrowserLikeClient.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What the page said: the status paragraph.</summary>
    private static string Answer(string page) => StatusParagraph().Match(page).Value is { Length: > 0 } said
        ? said
        : throw new Xunit.Sdk.XunitException("The page said nothing about the request.");

    /// <summary>The link in the mail's text, as a path with its query.</summary>
    private static string LinkIn(MimeMessage mail) =>
        new Uri(ResetLink().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex("<p [^>]*id=\"reset-requested\"[^>]*>[^<]*</p>")]
    private static partial Regex StatusParagraph();

    [GeneratedRegex("http://localhost/Account/ResetPassword\\?\\S+")]
    private static partial Regex ResetLink();
}
