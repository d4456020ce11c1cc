using Microsoft.Extensions.Configuration.Json;

namespace JrCasework.Proxy;

/// <summary>
/// The reverse proxy in front of several JR Casework instances (decision 021). Blazor Server keeps each user's page
/// state in one instance's memory, so a browser stays with the instance that served it (an affinity cookie) for as
/// long as that instance is healthy; WebSockets pass through. When the instance stops, the browser's reconnect reaches
/// another instance, which reloads the page: what was saved is in the database, what was typed in the tab's drafts.
/// The instances see the address the browser used (its Host header, and X-Forwarded-Proto/-For), so their redirects
/// and cookies are the site's, not the instance's.
/// </summary>
public static class ProxyHost
{
    /// <summary>The proxy's settings: <c>proxy.json</c> beside the program, then environment and command line.</summary>
    public const string SettingsFile = "proxy.json";

    /// <summary>A builder with the proxy's settings and services; callers may add settings before <see cref="Build"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // proxy.json comes before the environment and the command line, so both can name the instances.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = SettingsFile,
            Optional = false,
            ReloadOnChange = false,
        });
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>The proxy: every request goes to one of the instances.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapReverseProxy();
        return app;
    }
}
