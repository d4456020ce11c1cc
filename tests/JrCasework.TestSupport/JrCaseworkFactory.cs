using JrCasework.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.TestSupport;

/// <summary>
/// The real application on a fresh SQLite file in its own temporary data folder, with the real
/// migrations applied on start-up. <see cref="StartOnRealPort"/> serves it on a loopback port for a browser.
/// </summary>
public class JrCaseworkFactory : WebApplicationFactory<Program>
{
    public JrCaseworkFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>The folder holding this instance's database, keys and logs.</summary>
    public string DataDirectory { get; }

    /// <summary>Whether the demo organisation and accounts are seeded (default: yes).</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Extra configuration values, applied after the defaults above.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public string DatabasePath => Path.Combine(DataDirectory, "jrcasework.db");

    /// <summary>Starts Kestrel on a free loopback port and returns its base address, using the host name localhost.</summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new UriBuilder(address) { Host = "localhost" }.Uri;
    }

    /// <summary>A fresh context on the application's database, for arranging and checking data.</summary>
    public JrCaseworkDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<JrCaseworkDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DemoData:Enabled", SeedDemoData ? "true" : "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DataDirectory, "logs", "jrcasework-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory behind.
        }

        GC.SuppressFinalize(this);
    }
}
