using System.Text.Json;
using JrCasework.Data;
using Microsoft.Data.Sqlite;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>The health addresses a proxy or an orchestrator asks: live (the process), ready (database and migrations).</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task AStartedInstance_IsLiveAndReady_AndSaysWhichChecksItRan_OnTheManagementPort()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        var (site, management) = factory.StartWithManagementPort();
        using var client = new HttpClient { BaseAddress = management };
        using var publicClient = new HttpClient { BaseAddress = site };

        var (liveStatus, live) = await HealthAsync(client, "/health/live");
        var (readyStatus, ready) = await HealthAsync(client, "/health/ready");
        var (_, publicReady) = await HealthAsync(publicClient, "/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (liveStatus, live.GetProperty("status").GetString()));
        Assert.Empty(live.GetProperty("checks").EnumerateObject());
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (readyStatus, ready.GetProperty("status").GetString()));
        Assert.Equal(["database", "migrations"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.All(ready.GetProperty("checks").EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetString()));
        Assert.Equal(["status"], publicReady.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnInstanceWhoseDatabaseIsGone_IsStillLive_ButNotReady()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        using var client = factory.CreateClient();

        await LoseTheDatabaseAsync(factory);
        var (liveStatus, _) = await HealthAsync(client, "/health/live");
        var (readyStatus, ready) = await HealthAsync(client, "/health/ready");
        var (allStatus, _) = await HealthAsync(client, "/health");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, allStatus);
    }

    /// <summary>
    /// SQLite: the file is removed, so the next connection finds a new, empty one without migrations.
    /// PostgreSQL: the database is dropped, so no connection succeeds.
    /// </summary>
    private static async Task LoseTheDatabaseAsync(JrCaseworkFactory factory)
    {
        if (factory.Provider == DatabaseProvider.PostgreSql)
        {
            await TestSupport.TestDatabase.DropPostgreSqlDatabaseAsync(factory.PostgreSqlDatabase);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { factory.DatabasePath, factory.DatabasePath + "-wal", factory.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }
}
