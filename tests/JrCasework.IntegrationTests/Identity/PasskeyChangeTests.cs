using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Components.Account.Passkeys;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>Renaming and removing passkeys in the profile, only one's own, each change told by mail (decision 031).</summary>
public sealed class PasskeyChangeTests : PasskeyTest, IAsyncLifetime
{
    private readonly MailingApp _mailing = new();

    protected override JrCaseworkFactory App => _mailing.App;

    public Task InitializeAsync() => _mailing.StartAsync();

    public Task DisposeAsync() => _mailing.DisposeAsync().AsTask();

    [Fact]
    public async Task Renaming_ChecksTheNewName_ThenKeepsIt()
    {
        var email = DemoData.Admin.Email;
        using var device = await PasskeyOfAsync(email, "Phone");
        using var client = await BrowserLikeClient.SignedInAsync(App, email);
        var id = await IdOfAsync(email);

        var asked = await ChangeAsync(client, new() { ["Change.Rename"] = id });
        Assert.Contains("id=\"passkey-save-name\"", asked, StringComparison.Ordinal);
        var tooLong = await ChangeAsync(client, new() { ["Change.Save"] = id, ["Change.Name"] = new string('P', 61) });
        Assert.Contains("At most 60 characters.", tooLong, StringComparison.Ordinal);
        Assert.Equal("Phone", Assert.Single(await PasskeysOfAsync(email)).Name);

        var saved = await ChangeAsync(client, new() { ["Change.Save"] = id, ["Change.Name"] = "  Old phone " });

        Assert.Contains("The passkey is now called \"Old phone\".", saved, StringComparison.Ordinal);
        Assert.Equal("Old phone", Assert.Single(await PasskeysOfAsync(email)).Name);
    }

    [Fact]
    public async Task Removing_AsksFirst_ThenThatDeviceNoLongerSignsIn_AndTheUserIsTold()
    {
        var email = DemoData.SupervisorLogistics.Email;
        using var device = await PasskeyOfAsync(email, "Tablet");
        using var client = await BrowserLikeClient.SignedInAsync(App, email);
        var id = await IdOfAsync(email);

        var asked = await ChangeAsync(client, new() { ["Change.Remove"] = id });
        Assert.Contains("Remove this passkey?", asked, StringComparison.Ordinal);
        Assert.Single(await PasskeysOfAsync(email));

        var removed = await ChangeAsync(client, new() { ["Change.ConfirmRemove"] = id });

        Assert.Contains("The passkey \"Tablet\" was removed.", removed, StringComparison.Ordinal);
        Assert.Contains("id=\"no-passkeys\"", removed, StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(email));
        using var anonymous = BrowserLikeClient.Anonymous(App);
        using var signIn = await SignInAsync(anonymous, device);
        Assert.Contains("That passkey did not sign you in.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var notices = await _mailing.Smtp.WaitForMessagesAboutAsync("how you sign in has changed", count: 2);
        Assert.Contains(notices, n => n.TextBody!.Contains("a passkey was added to your JR Casework account", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.TextBody!.Contains("a passkey was removed from your JR Casework account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherUsersPasskey_CannotBeRenamedOrRemoved()
    {
        using var device = await PasskeyOfAsync(DemoData.Hr.Email, "Hr laptop");
        var id = await IdOfAsync(DemoData.Hr.Email);
        using var other = await BrowserLikeClient.SignedInAsync(App, DemoData.Manager.Email);

        var removed = await ChangeAsync(other, new() { ["Change.ConfirmRemove"] = id });
        var renamed = await ChangeAsync(other, new() { ["Change.Save"] = id, ["Change.Name"] = "Mine now" });

        Assert.All([removed, renamed], page => Assert.Contains("That passkey is not one of yours", page, StringComparison.Ordinal));
        Assert.Equal("Hr laptop", Assert.Single(await PasskeysOfAsync(DemoData.Hr.Email)).Name);
    }

    /// <summary>Presses a button of the passkey list; gives the page that follows, after a redirect when there is one, decoded.</summary>
    private static async Task<string> ChangeAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var response = await BrowserLikeClient.PostFormAsync(client, ManagePath, "passkey-change", fields);
        var page = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location)
            : await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(page);
    }

    private async Task<string> IdOfAsync(string email) => PasskeyRules.IdOf(Assert.Single(await PasskeysOfAsync(email)));
}
