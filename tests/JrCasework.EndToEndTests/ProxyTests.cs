using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace JrCasework.EndToEndTests;

/// <summary>
/// The shipped proxy (its own <c>proxy.json</c>) in front of two small stand-in instances that say who they are:
/// new browsers are spread, a browser stays with its instance, moves when that instance stops, and WebSockets pass.
/// </summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private readonly Dictionary<string, WebApplication> _instances = [];
    private WebApplication _proxy = default!;
    private Uri _address = default!;

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "app1", "app2" })
        {
            _instances[name] = await StartInstanceAsync(name);
        }

        _proxy = await TestProxy.StartAsync(_instances.ToDictionary(i => i.Key, i => TestProxy.AddressOf(i.Value)));
        _address = TestProxy.AddressOf(_proxy);
    }

    [Fact]
    public async Task NewBrowsersAreSpreadOverTheInstances_AndEachStaysWithItsOwn()
    {
        var firstAnswers = new HashSet<string>();
        for (var i = 0; i < 30; i++)
        {
            using var browser = Browser(new CookieContainer());
            firstAnswers.Add(await browser.GetStringAsync("/who"));
        }

        Assert.Equal(["app1", "app2"], firstAnswers.Order());

        var cookies = new CookieContainer();
        using var returning = Browser(cookies);
        var own = await returning.GetStringAsync("/who");
        Assert.Contains(cookies.GetAllCookies(), c => c.Name == ".JrCasework.Instance" && c.HttpOnly);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(own, await returning.GetStringAsync("/who"));
        }
    }

    [Fact]
    public async Task AnInstanceSeesTheAddressTheBrowserUsed_SoItsRedirectsAndCookiesAreTheSites()
    {
        // The browser asks for "localhost"; the proxy reaches the instances at 127.0.0.1.
        using var browser = Browser(new CookieContainer());
        browser.BaseAddress = new UriBuilder(_address) { Host = "localhost" }.Uri;

        Assert.Equal($"localhost:{_address.Port} http", await browser.GetStringAsync("/seen"));
    }

    [Fact]
    public async Task WhenItsInstanceStops_ABrowserMovesToTheOther_AndStaysThere()
    {
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);
        var own = await browser.GetStringAsync("/who");
        await _instances[own].StopAsync();

        // Until the health check has seen it go, a request may still be sent to the stopped instance and fail.
        var other = await AnswerWithinAsync(browser, TimeSpan.FromSeconds(15));
        Assert.NotEqual(own, other);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(other, await browser.GetStringAsync("/who"));
        }
    }

    [Fact]
    public async Task AWebSocketPassesThroughToTheBrowsersInstance()
    {
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);
        var own = await browser.GetStringAsync("/who");

        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        await socket.ConnectAsync(new UriBuilder(_address) { Scheme = "ws", Path = "/echo" }.Uri, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("hello"), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal($"hello from {own}", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        foreach (var instance in _instances.Values)
        {
            await instance.DisposeAsync();
        }
    }

    private HttpClient Browser(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _address };

    private static async Task<string> AnswerWithinAsync(HttpClient browser, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            using var response = await browser.GetAsync("/who");
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadAsStringAsync();
            }

            Assert.True(DateTime.UtcNow < until, $"The proxy still answers {(int)response.StatusCode} after {limit.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    /// <summary>A stand-in for an app instance: healthy, says its name, and echoes over a WebSocket.</summary>
    private static async Task<WebApplication> StartInstanceAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/who", () => name);
        app.MapGet("/seen", (HttpContext context) => $"{context.Request.Host} {context.Request.Headers["X-Forwarded-Proto"]}");
        app.Map("/echo", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[256];
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            var answer = Encoding.UTF8.GetBytes($"{Encoding.UTF8.GetString(buffer, 0, received.Count)} from {name}");
            await socket.SendAsync(answer, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            await socket.ReceiveAsync(buffer, context.RequestAborted);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", context.RequestAborted);
        });
        await app.StartAsync();
        return app;
    }

}
