using Microsoft.AspNetCore.Mvc.Testing;

namespace JrCasework.IntegrationTests.Hosting;

public sealed class AnonymousAccessTests(AnonymousAccessTests.Fixture fixture) : IClassFixture<AnonymousAccessTests.Fixture>
{
    public sealed class Fixture : JrCaseworkFactory;

    private HttpClient NewClient() => fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/dashboard")]
    [InlineData("/outcomes")]
    [InlineData("/admin/users")]
    [InlineData("/Account/Manage")]
    public async Task ProtectedPage_WithoutSignIn_RedirectsToSignInWithTheReturnUrl(string path)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/Account/Login", location, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInPage_IsServedInEnglishByDefault()
    {
        using var client = NewClient();

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_ForADutchBrowser_IsServedInDutch()
    {
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE,nl;q=0.9,en;q=0.5");

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Aanmelden", html, StringComparison.Ordinal);
        Assert.Contains("Wachtwoord", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_RemembersTheChoiceInACookie_AndReturnsToThePage()
    {
        using var client = NewClient();

        using var response = await client.GetAsync("/culture?culture=nl-NL&returnUrl=%2FAccount%2FLogin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var page = await client.SendAsync(request);
        Assert.Contains("Aanmelden", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A return address off the site, escaped as a link carries it, or as it is typed into the address bar.</summary>
    [Theory]
    [InlineData("en-GB", "https://evil.example.com/", true)]
    [InlineData("en-GB", "//evil.example.com/", true)]
    [InlineData("en-GB", "/\\evil.example.com/", true)]
    [InlineData("nl-NL", "/%0D%0ASet-Cookie:%20x=1", false)]
    [InlineData("nl-NL", "//evil.example", false)]
    [InlineData("nl-NL", "https://evil.example/", false)]
    public async Task CultureSwitch_NeverRedirectsOffSite(string culture, string returnUrl, bool escape)
    {
        using var client = NewClient();

        using var response = await client.GetAsync($"/culture?culture={culture}&returnUrl={(escape ? Uri.EscapeDataString(returnUrl) : returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_IgnoresAnUnsupportedCulture()
    {
        using var client = NewClient();

        using var response = await client.GetAsync("/culture?culture=fr-FR&returnUrl=%2F");

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out _));
    }
}
