using System.Text.Json;
using System.Text.RegularExpressions;
using JrCasework.Data;
using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// Every response carries the protective headers: a Content-Security-Policy Blazor Server and MudBlazor work under
/// (scripts from the site itself or with the page's nonce, no eval, no framing), no MIME sniffing, no referrer to other
/// sites, no camera or microphone. Error pages say nothing about the framework; /health says only healthy or not.
/// </summary>
public sealed partial class SecurityHeadersTests(SecurityHeadersTests.Fixture fixture) : IClassFixture<SecurityHeadersTests.Fixture>
{
    private const string FailingPath = "/test/fails";

    /// <summary>A production instance (error pages as users get them) over HTTPS, with one address that throws.</summary>
    public sealed class Fixture : JrCaseworkFactory
    {
        public Fixture()
        {
            Environment = "Production";
            Provider = DatabaseProvider.Sqlite;
            TestServices = services => services.AddTransient<IStartupFilter, FailingAddress>();
        }

        public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://casework.example/"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
    }

    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/Account/Login", HttpStatusCode.OK },
        { "/app.css", HttpStatusCode.OK },
        { "/health/live", HttpStatusCode.OK },
        { "/Account/Manage", HttpStatusCode.Redirect },
        { "/no-such-page", HttpStatusCode.NotFound },
        { FailingPath, HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EachKindOfResponse_CarriesTheProtectiveHeaders(string path, HttpStatusCode status)
    {
        using var client = fixture.Browser();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", Directive(csp, "script-src"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("publickey-credentials-get=self", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("publickey-credentials-create=self", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APage_RunsNoScriptWithoutThePagesNonce_AndHasNoInlineHandlers()
    {
        using var client = fixture.Browser();

        using var first = await client.GetAsync("/Account/Login");
        using var second = await client.GetAsync("/Account/Login");
        var html = await first.Content.ReadAsStringAsync();

        var nonce = NonceIn(Header(first, "Content-Security-Policy"));
        Assert.NotEqual(nonce, NonceIn(Header(second, "Content-Security-Policy")));
        Assert.All(ScriptTag().Matches(html), tag => Assert.True(
            tag.Value.Contains(" src=", StringComparison.Ordinal) || WebUtility.HtmlDecode(tag.Value).Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal),
            $"An inline script without the page's nonce: {tag.Value}"));
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task TheSignedInLayout_HasNoInlineHandlers()
    {
        using var client = await SignedInAsync(DemoData.SupervisorProduction);

        var html = await client.GetStringAsync("/Account/Manage");

        Assert.Contains("id=\"sign-out\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"skip-to-content\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task AnErrorInProduction_ShowsThePlainErrorPage_WithoutFrameworkDetail()
    {
        using var client = fixture.Browser();

        using var response = await client.GetAsync(FailingPath);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Development", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ToAnAnonymousCaller_SaysOnlyHealthyOrNot()
    {
        using var client = fixture.Browser();

        using var response = await client.GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["status"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_ToAnAdministrator_NamesTheChecks()
    {
        using var client = await SignedInAsync(DemoData.Admin);

        using var body = JsonDocument.Parse(await client.GetStringAsync("/health"));

        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    private async Task<HttpClient> SignedInAsync(DemoAccount account)
    {
        var client = fixture.Browser();
        using var response = await BrowserLikeClient.PostSignInAsync(client, account.Email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered without {name}.");

    private static string Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).SingleOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal)) ?? "";

    private static string NonceIn(string csp) => NonceSource().Match(Directive(csp, "script-src")).Groups[1].Value is { Length: > 0 } nonce
        ? nonce
        : throw new Xunit.Sdk.XunitException($"No nonce in: {csp}");

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("\\son[a-z]+\\s*=\\s*[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();

    /// <summary>An address that throws, with a message that must not reach the browser.</summary>
    private sealed class FailingAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(FailingPath, failing => failing.Run(_ => throw new InvalidOperationException("Secret detail of a failure")));
        };
    }
}
