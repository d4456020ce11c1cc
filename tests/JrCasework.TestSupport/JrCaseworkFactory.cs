using System.Globalization;
using System.Net;
using JrCasework.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.TestSupport;

/// <summary>
/// The real application on a fresh database (a SQLite file in its own temporary data folder, or a PostgreSQL database
/// of its own: <see cref="TestDatabase"/>), with the provider's real migrations applied on start-up.
/// <see cref="StartOnRealPort"/> serves it on a loopback port for a browser.
/// </summary>
public class JrCaseworkFactory : WebApplicationFactory<Program>
{
    public JrCaseworkFactory()
        : this(Path.Combine(Path.GetTempPath(), "jrcasework-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>An instance on <paramref name="dataDirectory"/>; two factories on one folder are two app instances on one database.</summary>
    public JrCaseworkFactory(string dataDirectory)
    {
        DataDirectory = dataDirectory;
    }

    /// <summary>The folder holding this instance's database, keys and logs.</summary>
    public string DataDirectory { get; }

    /// <summary>The database this instance runs on (default: what the test run asks for, <see cref="TestDatabase.DefaultProvider"/>).</summary>
    public DatabaseProvider Provider { get; init; } = TestDatabase.DefaultProvider;

    /// <summary>
    /// The PostgreSQL database's name: by default one per data folder, so two instances on one folder share it;
    /// two instances with folders of their own share a database when both are given its name.
    /// </summary>
    public string PostgreSqlDatabase
    {
        get => field ?? "jr_" + Path.GetFileName(DataDirectory.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
        init;
    }

    /// <summary>The hosting environment (default Development; Production for what only a production host does: HSTS, secure cookie names).</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>A clock to use instead of the system's, e.g. a <c>FakeTimeProvider</c>.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Whether the reminder service runs in the background (default: no; tests run its rounds themselves).</summary>
    public bool RunReminderService { get; init; }

    /// <summary>Whether disposing deletes the data folder (not for the first of two instances sharing it).</summary>
    public bool DeleteDataDirectory { get; init; } = true;

    /// <summary>Whether the demo organisation and accounts are seeded (default: yes).</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Services to add or replace after the application's own (e.g. a telemetry exporter to look at).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

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

    /// <summary>
    /// Starts Kestrel on two free loopback ports, the second one the management port (<c>Telemetry:MetricsPort</c>), as a
    /// production host behind a proxy has them; returns both base addresses.
    /// </summary>
    public (Uri Public, Uri Management) StartWithManagementPort()
    {
        var management = LoopbackPort.Free();
        Settings["Telemetry:MetricsPort"] = management.ToString(CultureInfo.InvariantCulture);
        UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, management);
        });
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a));
        return (addresses.Single(a => a.Port != management), addresses.Single(a => a.Port == management));
    }

    /// <summary>A fresh context on the application's database, for arranging and checking data.</summary>
    public JrCaseworkDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<JrCaseworkDbContext>>().CreateDbContext();

    /// <summary>The id of the employee with <paramref name="number"/>.</summary>
    public async Task<int> EmployeeIdAsync(string number)
    {
        await using var db = CreateDbContext();
        return await db.Employees.Where(e => e.EmployeeNumber == number).Select(e => e.Id).SingleAsync();
    }

    /// <summary>The id of the user with <paramref name="email"/>.</summary>
    public async Task<string> UserIdAsync(string email)
    {
        await using var db = CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Changes the account of <paramref name="email"/> through Identity, as an administrator's page would.</summary>
    public async Task ChangeUserAsync(string email, Action<Data.Identity.ApplicationUser> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        change(user);
        await users.UpdateAsync(user);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DemoData:Enabled", SeedDemoData ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Reminders:Enabled", RunReminderService ? "true" : "false");
        builder.UseSetting("Database:Provider", Provider.ToString());
        // The demo HR and administrator sign in with their password alone, unless a test asks for two-step sign-in
        // (Settings["TwoFactor:RequiredRoles"]); the product requires it of both by default (decision 028).
        builder.UseSetting("TwoFactor:RequiredRoles", "");
        if (Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseSetting("ConnectionStrings:JrCasework", TestDatabase.PostgreSqlConnectionString(PostgreSqlDatabase));
            builder.UseSetting("Reports:PseudonymKey", "the-test-instances-shared-pseudonym-key");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Settings reach the test host as command-line arguments, parent keys included with the value "";
        // Serilog reads a WriteTo entry with a value as a sink of that name and would skip the file sink.
        // Clearing the parents keeps the log file real, as in production.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog"] = null,
            ["Serilog:WriteTo"] = null,
            ["Serilog:WriteTo:1"] = null,
            ["Serilog:WriteTo:1:Args"] = null,
            ["Serilog:MinimumLevel"] = null,
            ["Serilog:MinimumLevel:Default"] = Settings.GetValueOrDefault("Serilog:MinimumLevel:Default", "Warning"),
        }));

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!DeleteDataDirectory)
        {
            GC.SuppressFinalize(this);
            return;
        }

        if (Provider == DatabaseProvider.PostgreSql)
        {
            await TestDatabase.DropPostgreSqlDatabaseAsync(PostgreSqlDatabase);
        }

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
