using JrCasework.Data;
using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// In production the site is reached over HTTPS, usually through the reverse proxy: the browser is told to keep to HTTPS
/// (HSTS) and the cookies that sign in and protect forms are <c>__Host-</c> cookies, sent over HTTPS only and unreadable
/// by script. Behind the proxy, the proxy's word that the browser used HTTPS counts only from the proxies the settings name.
/// </summary>
public sealed class HttpsBehindProxyTests
{
    private const string PublicHost = "casework.example";

    [Fact]
    public async Task OverHttps_TheSignInCookieIsAHostCookie_SecureAndHttpOnly_AndHstsIsSent()
    {
        await using var factory = Production();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"https://{PublicHost}/"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        using var page = await client.GetAsync("/Account/Login");
        Assert.Equal("max-age=31536000", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
        using var signIn = await BrowserLikeClient.PostFormAsync(client, "/Account/Login", "login", new()
        {
            ["Input.Email"] = DemoData.SupervisorProduction.Email,
            ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies, c => c.StartsWith("__Host-jr-session=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/Account/Manage"));
    }

    [Fact]
    public async Task BehindAKnownProxy_TheBrowsersHttpsCounts_ForRedirectsAndHsts()
    {
        await using var factory = Production("127.0.0.0/8");
        using var client = PlainHttpClient(factory);

        using var page = await client.SendAsync(ThroughTheProxy("/Account/Login"));
        using var closed = await client.SendAsync(ThroughTheProxy("/Account/Manage"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-jr-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(new Uri($"https://{PublicHost}/Account/Login?ReturnUrl=%2FAccount%2FManage"), closed.Headers.Location);
    }

    [Fact]
    public async Task FromAnUnknownProxy_PagesAreRefusedAsPlainHttp_WithAClearMessage_WhileHealthChecksAnswer()
    {
        await using var factory = Production("10.0.0.0/8");
        using var client = PlainHttpClient(factory);

        using var page = await client.SendAsync(ThroughTheProxy("/Account/Login"));
        using var health = await client.SendAsync(ThroughTheProxy("/health/live"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("only available over HTTPS", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>
    /// A production host. On SQLite in both test runs: what is tested here is HTTP, the same on either database, and a
    /// production host on PostgreSQL needs a key certificate and a connection string without error detail.
    /// </summary>
    private static JrCaseworkFactory Production(string? knownNetworks = null)
    {
        var factory = new JrCaseworkFactory { Environment = "Production", Provider = DatabaseProvider.Sqlite };
        if (knownNetworks is not null)
        {
            factory.Settings["ReverseProxy:KnownNetworks"] = knownNetworks;
        }

        return factory;
    }

    /// <summary>A client on the app's real port over plain HTTP from 127.0.0.1, as a proxy on this machine would be.</summary>
    private static HttpClient PlainHttpClient(JrCaseworkFactory factory) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new UriBuilder(factory.StartOnRealPort()) { Host = "127.0.0.1" }.Uri,
        };

    private static HttpRequestMessage ThroughTheProxy(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }
}
