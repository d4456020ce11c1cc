using System.Text.RegularExpressions;
using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// The steps of passkeys (decision 031) through the real pages and endpoint, with a <see cref="SoftwareAuthenticator"/>
/// in place of the browser's device: the password confirmed, the passkey made and posted, and signing in with it.
/// </summary>
public abstract partial class PasskeyTest
{
    protected const string ManagePath = "/Account/Manage/Passkeys";

    /// <summary>The app the passkeys are kept in.</summary>
    protected abstract JrCaseworkFactory App { get; }

    /// <summary>The name, then the password: gives the page that follows (with the browser's options, when the password was right).</summary>
    protected static async Task<string> ConfirmAsync(HttpClient client, string name = "Work laptop", string? password = null, string? code = null)
    {
        using var response = await BrowserLikeClient.PostFormAsync(client, ManagePath, "passkey-confirm", new()
        {
            ["Confirm.Name"] = name,
            ["Confirm.Password"] = password ?? DemoData.Password,
            ["Confirm.Code"] = code ?? "",
        });
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        return page;
    }

    /// <summary>Confirms, lets <paramref name="device"/> make the passkey, posts it as the page's script would; gives the answer.</summary>
    protected static async Task<HttpResponseMessage> AddAsync(HttpClient client, SoftwareAuthenticator device, string name = "Work laptop")
    {
        var page = await ConfirmAsync(client, name);
        return await PostOnAsync(client, page, ManagePath, "passkey-create", new()
        {
            ["Create.Name"] = name,
            ["Create.Credential"] = device.Create(CreationOptionsOn(page)),
        });
    }

    /// <summary>The sign-in page's passkey button: a challenge from the endpoint, the device's answer, the form posted.</summary>
    protected static async Task<HttpResponseMessage> SignInAsync(HttpClient client, SoftwareAuthenticator device)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var options = await RequestOptionsAsync(client, BrowserLikeClient.AntiforgeryTokenOn(page));
        Assert.Equal(HttpStatusCode.OK, options.Status);
        return await PostOnAsync(client, page, "/Account/Login", "passkey-sign-in", new() { ["Passkey.Credential"] = device.Get(options.Json) });
    }

    /// <summary>What the script asks of <c>/Account/PasskeyRequestOptions</c>, with the antiforgery token as its header.</summary>
    protected static async Task<(HttpStatusCode Status, string Json)> RequestOptionsAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/PasskeyRequestOptions");
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Submits the form <paramref name="formName"/> of a page already open (its antiforgery token), as the browser does:
    /// with the page's origin, which the passkey's own record of where it was used must match.
    /// </summary>
    protected static async Task<HttpResponseMessage> PostOnAsync(HttpClient client, string page, string path, string formName, Dictionary<string, string> fields)
    {
        using var request = FormRequest(path, formName, BrowserLikeClient.AntiforgeryTokenOn(page), fields);
        return await client.SendAsync(request);
    }

    /// <summary>The post of form <paramref name="formName"/> with <paramref name="token"/>, from this site's page (its Origin).</summary>
    protected static HttpRequestMessage FormRequest(string path, string formName, string token, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", "http://localhost");
        return request;
    }

    /// <summary>The options the page gives the script for <c>navigator.credentials.create()</c>.</summary>
    protected static string CreationOptionsOn(string page)
    {
        var options = CreationOptions().Match(page);
        Assert.True(options.Success, "The page offers no passkey to make.");
        return WebUtility.HtmlDecode(options.Groups[1].Value);
    }

    protected static bool OffersPasskey(string page) => CreationOptions().IsMatch(page);

    protected async Task<IReadOnlyList<Microsoft.AspNetCore.Identity.UserPasskeyInfo>> PasskeysOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<JrCasework.Data.Identity.ApplicationUser>>();
        return [.. await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!)];
    }

    /// <summary>How many failed sign-ins count toward <paramref name="email"/>'s lockout now.</summary>
    protected async Task<int> FailedSignInsAsync(string email)
    {
        await using var db = App.CreateDbContext();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.Email == email)).AccessFailedCount;
    }

    /// <summary>A new passkey of <paramref name="email"/>'s, added through the profile; gives the device that holds it.</summary>
    protected async Task<SoftwareAuthenticator> PasskeyOfAsync(string email, string name, bool synced = false)
    {
        var device = new SoftwareAuthenticator(synced: synced);
        using var profile = await BrowserLikeClient.SignedInAsync(App, email);
        using var added = await AddAsync(profile, device, name);
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        return device;
    }

    [GeneratedRegex("data-jr-passkey-options=\"([^\"]+)\"")]
    private static partial Regex CreationOptions();
}
