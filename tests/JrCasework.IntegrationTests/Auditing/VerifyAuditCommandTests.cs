using System.Diagnostics;
using JrCasework.Data;

namespace JrCasework.IntegrationTests.Auditing;

/// <summary>
/// <c>verify-audit</c> as an operator runs it: the built application in a process of its own, on the database an app
/// instance made, with the same settings as environment variables.
/// </summary>
public sealed class VerifyAuditCommandTests
{
    [Fact]
    public async Task OnAnIntactTrail_ItSaysIntact_ThenNamesARecordEditedAroundTheTriggers_AndFailsOnADatabaseNeverStarted()
    {
        await using var app = new CaseFixture();
        await app.OpenSannesCaseAsync();

        var (intactCode, intact) = await RunAsync(app);
        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(db.IsPostgreSql() ? AppendOnlyTables.DropOnPostgreSql() : AppendOnlyTables.DropOnSqlite());
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLog" SET "UserId" = 'someone-else' WHERE "Sequence" = 1""");
        }

        var (brokenCode, broken) = await RunAsync(app);

        Assert.True(intactCode == 0, intact);
        Assert.Contains("Intact.", intact, StringComparison.Ordinal);
        Assert.True(brokenCode == 2, broken);
        Assert.Contains("Changed: record id", broken, StringComparison.Ordinal);
        Assert.Contains("number 1", broken, StringComparison.Ordinal);
        await using var never = new CaseFixture();
        var (neverCode, neverSaid) = await RunAsync(never, started: false);
        Assert.True(neverCode == 1, neverSaid);
        Assert.Contains("start the application once", neverSaid, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(JrCaseworkFactory app, bool started = true)
    {
        var web = Path.Combine(RepositoryFolder.Root, "src", "JrCasework.Web", "bin", "Debug", "net10.0", "JrCasework.Web.dll");
        var start = new ProcessStartInfo("dotnet", [web, "verify-audit"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(web)!,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__DataDirectory"] = started ? app.DataDirectory : Path.Combine(app.DataDirectory, "never-started");
        start.Environment["Database__Provider"] = app.Provider.ToString();
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        if (app.Provider == DatabaseProvider.PostgreSql)
        {
            start.Environment["ConnectionStrings__JrCasework"] =
                TestDatabase.PostgreSqlConnectionString(started ? app.PostgreSqlDatabase : app.PostgreSqlDatabase + "_never");

            // The settings every instance on PostgreSQL must have; the operator runs the command with the app's own.
            start.Environment["Reports__PseudonymKey"] = "the-test-instances-shared-pseudonym-key";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
