using System.Diagnostics;
using JrCasework.Data;
using Npgsql;

namespace JrCasework.TestSupport;

/// <summary>
/// Which database the tests run on, and the PostgreSQL server when it is PostgreSQL. <c>JRCASEWORK_TEST_PROVIDER</c>
/// (Sqlite, the default, or PostgreSql) chooses; <c>JRCASEWORK_TEST_POSTGRES</c> names a server the tests may create
/// databases on (scripts/test.sh starts a throwaway one). Without it, the first test that needs PostgreSQL starts a
/// throwaway cluster of its own with scripts/postgres.sh and stops it when the test process ends.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<string> Server = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The provider the test run asks for.</summary>
    public static DatabaseProvider DefaultProvider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("JRCASEWORK_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>A connection string to the database <paramref name="name"/> on the test server (created by the app's migrations).</summary>
    public static string PostgreSqlConnectionString(string name) =>
        new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, IncludeErrorDetail = true }.ToString();

    /// <summary>Drops the database <paramref name="name"/>, closing its connections.</summary>
    public static async Task DropPostgreSqlDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string StartServer()
    {
        if (Environment.GetEnvironmentVariable("JRCASEWORK_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return given;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"jrcasework-pg-{Environment.ProcessId}");
        var script = Path.Combine(RepositoryFolder.Root, "scripts", "postgres.sh");
        Run(script, "start", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", folder);
        return File.ReadAllText(Path.Combine(folder, "connection")).Trim();
    }

    private static void Run(string script, string command, string folder)
    {
        var start = new ProcessStartInfo("bash", [script, command, folder]) { RedirectStandardError = true };
        start.Environment["FAST"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {command} failed: {errors}");
        }
    }
}
