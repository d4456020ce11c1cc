using System.Text.Json;
using JrCasework.Data;

namespace JrCasework.IntegrationTests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Startup_OnAnEmptyDataFolder_CreatesTheDatabaseAndAppliesEveryMigration()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        Assert.False(File.Exists(factory.DatabasePath));

        using var client = factory.CreateClient();

        // SQLite: a new file in the data folder; PostgreSQL: a new database on the server, and no file.
        var onPostgreSql = factory.Provider == DatabaseProvider.PostgreSql;
        Assert.Equal(!onPostgreSql, File.Exists(factory.DatabasePath));
        await using var db = factory.CreateDbContext();
        Assert.Equal(onPostgreSql, db.IsPostgreSql());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Startup_SwitchesSqliteToWriteAheadLogging()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false, Provider = DatabaseProvider.Sqlite };
        using var client = factory.CreateClient();

        await using var db = factory.CreateDbContext();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task Health_ReportsTheDatabaseHealthy()
    {
        await using var factory = new JrCaseworkFactory { SeedDemoData = false };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Startup_RestartedOnTheSameData_KeepsTheDataAndSeedsNothingTwice()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", Guid.NewGuid().ToString("N"));
        int usersAfterFirstStart;
        await using (var first = new JrCaseworkFactory(dataDirectory) { DeleteDataDirectory = false })
        {
            using var client = first.CreateClient();
            await using var db = first.CreateDbContext();
            usersAfterFirstStart = await db.Users.CountAsync();
        }

        await using var second = new JrCaseworkFactory(dataDirectory);
        using var secondClient = second.CreateClient();
        await using var secondDb = second.CreateDbContext();

        Assert.Equal(DemoData.Accounts.Count, usersAfterFirstStart);
        Assert.Equal(usersAfterFirstStart, await secondDb.Users.CountAsync());
    }
}
