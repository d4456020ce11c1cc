using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JrCasework.IntegrationTests.Calendar;

/// <summary>
/// An HttpClient that behaves like a browser on the static pages: it keeps cookies, does not follow
/// redirects (so tests see them), and posts forms with the antiforgery token the page rendered.
/// </summary>
internal static partial class BrowserLikeClient
{
    /// <summary>The name of the sign-in cookie.</summary>
    public const string SignInCookie = ".AspNetCore.Identity.Application";

    public static HttpClient Anonymous(JrCaseworkFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form (with the demo password unless <paramref name="password"/> is given).</summary>
    public static async Task<HttpClient> SignedInAsync(JrCaseworkFactory factory, string email, string? password = null)
    {
        var client = Anonymous(factory);
        using var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SignInCookie + "=", StringComparison.Ordinal));
        return client;
    }

    /// <summary>Posts the sign-in form as a person fills it in (the demo password unless <paramref name="password"/> is given) and gives the answer as it is.</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string? password = null) =>
        PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password ?? DemoData.Password });

    /// <summary>Presses "Sign out", with the antiforgery token of the profile page, and gives the answer.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var token = AntiforgeryTokenOn(await client.GetStringAsync("/Account/Manage"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["ReturnUrl"] = "" });
        return await client.PostAsync("/Account/Logout", form);
    }

    /// <summary>The path a redirect leads to, whether its address is relative or absolute.</summary>
    public static string PathOf(HttpResponseMessage redirect) => new Uri(new Uri("http://localhost"), redirect.Headers.Location!).AbsolutePath;

    /// <summary>Switches the client's language as the language menu does (the culture cookie).</summary>
    public static async Task UseLanguageAsync(HttpClient client, string culture)
    {
        using var response = await client.GetAsync($"/culture?culture={culture}&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Requests <paramref name="path"/> and gives only the status of the answer.</summary>
    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>The lines of a CSV download, once it is checked to start with UTF-8's byte order mark.</summary>
    public static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Opens <paramref name="path"/> and submits the form named <paramref name="formName"/> with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = AntiforgeryTokenOn(await client.GetStringAsync(path)),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(path, content);
    }

    /// <summary>The antiforgery token a page rendered in its form.</summary>
    public static string AntiforgeryTokenOn(string page)
    {
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "No antiforgery token on the page.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
