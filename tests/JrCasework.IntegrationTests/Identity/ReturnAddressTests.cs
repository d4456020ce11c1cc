using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// The address a user is sent back to after signing in or out comes from the query string, so anyone can write it
/// into a link. Only a path on this site is followed; anything else sends the user to the start page, never to
/// another host and never to an error page.
/// </summary>
public sealed class ReturnAddressTests : IAsyncLifetime
{
    private readonly JrCaseworkFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/cases\u0000")]
    [InlineData(" //evil.example/")]
    [InlineData("\t//evil.example/")]
    [InlineData("~/ //evil.example/")]
    public async Task SignIn_WithAReturnAddressOffThisSite_GoesToTheStartPage(string returnUrl)
    {
        using var client = BrowserLikeClient.Anonymous(_factory);

        using var response = await SignInAsync(client, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", PathOnThisSite(response));
    }

    [Theory]
    [InlineData("/cases", "/cases")]
    [InlineData("/cases?filter=open", "/cases?filter=open")]
    [InlineData("cases", "/cases")]
    [InlineData("~/cases", "/cases")]
    [InlineData("/reports?unit=Productie%20Noord&q=caf%C3%A9", "/reports?unit=Productie%20Noord&q=caf%C3%A9")]
    [InlineData("/reports?q=café", "/reports?q=caf%C3%A9")]
    public async Task SignIn_WithAReturnAddressOnThisSite_GoesThere(string returnUrl, string expected)
    {
        using var client = BrowserLikeClient.Anonymous(_factory);

        using var response = await SignInAsync(client, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, PathOnThisSite(response));
    }

    [Fact]
    public async Task SavingTheProfile_ReturnsToTheProfileWithItsMessage()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorLogistics.Email);

        using var response = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage", "profile", new()
        {
            ["Input.DisplayName"] = DemoData.SupervisorLogistics.DisplayName,
            ["Input.TimeZone"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", PathOnThisSite(response));
    }

    [Theory]
    [InlineData("\\evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData("/cases", "/cases")]
    public async Task SignOut_FollowsOnlyAReturnAddressOnThisSite(string returnUrl, string expected)
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, DemoData.SupervisorProduction.Email);

        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Manage"));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = returnUrl,
        });
        using var response = await client.PostAsync("/Account/Logout", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, PathOnThisSite(response));
    }

    /// <summary>The path the redirect leads to, once it is checked to stay on the test server's host.</summary>
    private static string PathOnThisSite(HttpResponseMessage response)
    {
        var target = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal("localhost", target.Host);
        return target.PathAndQuery;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string returnUrl) =>
        BrowserLikeClient.PostFormAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "login", new()
        {
            ["Input.Email"] = DemoData.SupervisorProduction.Email,
            ["Input.Password"] = DemoData.Password,
        });
}
