using System.Diagnostics;
using JrCasework.Data;
using JrCasework.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;
using Yarp.ReverseProxy;

namespace JrCasework.EndToEndTests;

/// <summary>
/// The production topology on loopback: PostgreSQL, two app instances (each with a data folder of its own, as on two
/// machines) and the shipped reverse proxy with its own settings. A supervisor works a case through the proxy; the
/// instance serving her stops; she carries on on the other one.
/// </summary>
public sealed class TwoInstancesTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    [Fact]
    public async Task WhenTheServingInstanceStops_TheSupervisorContinuesOnTheOther_WithHerSavedFactAndHerDraft()
    {
        var database = "jr_proxy_" + Guid.NewGuid().ToString("N");
        var instances = new Dictionary<string, JrCaseworkFactory>
        {
            ["app1"] = Instance(database, seed: true),
            ["app2"] = Instance(database, seed: false),
        };
        var addresses = instances.ToDictionary(i => i.Key, i => Loopback(i.Value.StartOnRealPort()));
        await using var proxy = await TestProxy.StartAsync(addresses);
        try
        {
            var caseId = await SannesCaseGettingFactsAsync(instances["app1"]);
            var page = await NewPageAsync(baseAddress: TestProxy.AddressOf(proxy));
            await page.SignInAsAsync(DemoData.SupervisorProduction);
            await page.OpenCaseAsync(caseId, "facts");

            // Saved on one instance...
            await page.Locator("#fact-kind-Record").ClickAsync();
            await page.Locator("#fact-source").FillAsync("Time registration");
            await page.Locator("#fact-text").FillAsync("Late on three Mondays");
            await page.Locator("#add-fact").ClickAsync();
            await Expect(page.Locator("#facts-Record")).ToContainTextAsync("Late on three Mondays");

            // ... and typed, not yet saved, when that instance stops.
            await page.Locator("#fact-kind-OpinionOrFeeling").ClickAsync();
            await page.Locator("#fact-source").PressSequentiallyAsync("Team leader");
            await page.Locator("#fact-text").PressSequentiallyAsync("He seems tired lately");
            var serving = await ConnectedInstanceAsync(proxy);
            var survivor = addresses.Keys.Single(k => k != serving);
            var stopping = instances[serving].DisposeAsync().AsTask();

            // The browser reconnects through the proxy to the other instance, which serves the page afresh: the draft
            // comes back from the tab, the saved fact from the database.
            var failover = Stopwatch.StartNew();
            await Expect(page.Locator(".jr-fact-form").GetByText("Restored what you typed before").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await page.WaitForInteractiveAsync();
            output.WriteLine($"Live again on {survivor} after {failover.Elapsed.TotalSeconds:0.0} s");
            await Expect(page.Locator("#fact-text")).ToHaveValueAsync("He seems tired lately");
            await Expect(page.Locator("#fact-source")).ToHaveValueAsync("Team leader");
            await Expect(page.Locator("#facts-Record")).ToContainTextAsync("Late on three Mondays");
            Assert.Equal(survivor, await ConnectedInstanceAsync(proxy));
            await page.ScreenshotAsync("two-instances-after-failover");

            // The page is live on the survivor: the draft is saved there.
            await page.Locator("#add-fact").ClickAsync();
            await Expect(page.Locator("#facts-OpinionOrFeeling")).ToContainTextAsync("He seems tired lately");
            await stopping;
            await using var db = instances[survivor].CreateDbContext();
            var saved = await db.CasesWithParts.AsNoTracking().SingleAsync(c => c.Id == caseId);
            Assert.Equal(["He seems tired lately", "Late on three Mondays"], saved.Facts.Select(f => f.Text).Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var instance in instances.Values)
            {
                await instance.DisposeAsync();
            }

            await TestDatabase.DropPostgreSqlDatabaseAsync(database);
        }
    }

    /// <summary>An instance on the shared database that stops as abruptly as a crashed machine.</summary>
    private static JrCaseworkFactory Instance(string database, bool seed) => new()
    {
        Provider = DatabaseProvider.PostgreSql,
        PostgreSqlDatabase = database,
        SeedDemoData = seed,
        DeleteDataDirectory = false,
        TestServices = services => services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(1)),
    };

    private static Uri Loopback(Uri address) => new UriBuilder(address) { Host = "127.0.0.1" }.Uri;

    private static async Task<int> SannesCaseGettingFactsAsync(JrCaseworkFactory app)
    {
        await using var db = app.CreateDbContext();
        var sanne = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => new { u.Id, u.OrgUnitId }).SingleAsync();
        var employee = await db.Employees.Where(e => e.OrgUnitId == sanne.OrgUnitId && e.LeftOn == null).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.FullName }).FirstAsync();
        var category = await db.CaseCategories.Where(c => c.IsActive).Select(c => c.Id).FirstAsync();
        var by = new Actor(sanne.Id, DateTime.UtcNow);
        var @case = JrCase.Open(2003, 1, "Tired on Mondays", category, ProblemOrigin.CameUp, "On time and alert on Mondays",
            [(employee.Id, employee.FullName)], sanne.Id, sanne.OrgUnitId, by);
        @case.StartGettingFacts(by);
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }

    /// <summary>
    /// The instance holding the page's live connection, as the proxy sees it: a WebSocket is a request that lasts, so
    /// that instance is the one with a request in progress.
    /// </summary>
    private static async Task<string> ConnectedInstanceAsync(WebApplication proxy)
    {
        Assert.True(proxy.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster("app", out var cluster));
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var connected = cluster.Destinations.Values.Where(d => d.ConcurrentRequestCount > 0).Select(d => d.DestinationId).ToList();
            if (connected.Count == 1)
            {
                return connected[0];
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("No single instance holds the page's connection.");
    }
}
