using JrCasework.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.EndToEndTests;

/// <summary>The shipped proxy with its own <c>proxy.json</c>, on a free loopback port, in front of the given instances.</summary>
internal static class TestProxy
{
    /// <summary>Starts the proxy in front of <paramref name="instances"/> (name → address), health checked every second instead of five.</summary>
    public static async Task<WebApplication> StartAsync(IReadOnlyDictionary<string, Uri> instances)
    {
        var builder = ProxyHost.CreateBuilder([]);
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ReverseProxy:Clusters:app:HealthCheck:Active:Interval"] = "00:00:01",
            ["ReverseProxy:Clusters:app:HealthCheck:Active:Timeout"] = "00:00:01",
        };
        foreach (var (name, address) in instances)
        {
            settings[$"ReverseProxy:Clusters:app:Destinations:{name}:Address"] = address.ToString();
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var proxy = ProxyHost.Build(builder);
        await proxy.StartAsync();
        return proxy;
    }

    /// <summary>Where a started web application (the proxy or a stand-in) listens.</summary>
    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
}
