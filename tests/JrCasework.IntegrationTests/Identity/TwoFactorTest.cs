using System.Text.RegularExpressions;
using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// An app that requires two-step sign-in of HR and administrators (decision 028), on a clock the tests move, with the
/// steps a person takes through the real pages: the password, the set-up (the key read off the page, the code computed
/// from it as the app would), the second step.
/// </summary>
public abstract partial class TwoFactorTest : IAsyncLifetime
{
    protected const string EnablePath = "/Account/Manage/TwoFactor/Enable";
    protected const string SecondStepPath = "/Account/LoginWithTwoFactor";

    protected TwoFactorTest()
    {
        Factory = new JrCaseworkFactory { Clock = Clock, Settings = { ["TwoFactor:RequiredRoles"] = "HR,Admin" } };
    }

    /// <summary>The app's clock, which the tests move on to the next 30-second step when a code may not be used twice.</summary>
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected JrCaseworkFactory Factory { get; }

    protected DateTimeOffset Now => Clock.GetUtcNow();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Signs in with the demo password; the answer sends the browser on to the second step, or into the application.</summary>
    protected async Task<HttpClient> PasswordStepAsync(string email, bool expectSecondStep)
    {
        var client = BrowserLikeClient.Anonymous(Factory);
        using var response = await BrowserLikeClient.PostSignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectSecondStep, response.Headers.Location!.OriginalString.Contains("LoginWithTwoFactor", StringComparison.Ordinal));
        return client;
    }

    protected static async Task SignOutAsync(HttpClient client)
    {
        using var signedOut = await BrowserLikeClient.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    /// <summary>
    /// <paramref name="email"/>'s account with two-step sign-in set up in another browser, and the app's clock a step on,
    /// so the next code differs from the one the set-up used; gives the key and the recovery codes.
    /// </summary>
    protected async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledAsync(string email)
    {
        using var first = await PasswordStepAsync(email, expectSecondStep: false);
        var enrolled = await EnrolAsync(first);
        Clock.Advance(TimeSpan.FromSeconds(30));
        return enrolled;
    }

    protected static Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code, bool recovery = false, bool rememberBrowser = false)
    {
        var fields = new Dictionary<string, string> { ["Input.Code"] = code };
        if (rememberBrowser)
        {
            fields["Input.RememberBrowser"] = "true";
        }

        return BrowserLikeClient.PostFormAsync(client, $"{SecondStepPath}?recovery={(recovery ? "true" : "false")}&returnUrl=%2F", "two-factor", fields);
    }

    /// <summary>Sets up the app as a person would: reads the key off the page, types the code it makes; gives the key and the recovery codes shown.</summary>
    protected async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var key = KeyOn(await StartSetUpAsync(client));
        using var response = await BrowserLikeClient.PostFormAsync(client, EnablePath, "enable-two-factor", new() { ["Input.Code"] = Totp.Code(key, Now) });
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        return (key, [.. RecoveryCode().Matches(page).Select(m => m.Groups[1].Value)]);
    }

    /// <summary>Asks for the QR code (the button on the set-up page) and gives the page that shows it.</summary>
    protected static async Task<string> StartSetUpAsync(HttpClient client)
    {
        using var started = await BrowserLikeClient.PostFormAsync(client, EnablePath, "start-two-factor", []);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return await started.Content.ReadAsStringAsync();
    }

    protected static string KeyOn(string page) =>
        WebUtility.HtmlDecode(KeyElement().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("No key on the set-up page."));

    /// <summary>A code the app would not show now (nor in the steps either side, which the server also accepts).</summary>
    protected string WrongCode(string key)
    {
        var now = Now;
        var near = new[] { -60, -30, 0, 30, 60 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !near.Contains(code));
    }

    [GeneratedRegex("id=\"two-factor-key\"[^>]*>([^<]+)<")]
    protected static partial Regex KeyElement();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    protected static partial Regex RecoveryCode();
}
