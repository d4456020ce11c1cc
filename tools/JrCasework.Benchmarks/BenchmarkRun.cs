using System.Data.Common;
using System.Diagnostics;
using System.Runtime.InteropServices;
using JrCasework.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JrCasework.Benchmarks;

/// <summary>
/// What a suite measures with: contexts on the database configured as the application configures
/// them (pooled connections, on SQLite foreign keys on), a stopwatch loop, and the query plans on request.
/// </summary>
internal sealed class BenchmarkRun
{
    private readonly DbContextOptions<JrCaseworkDbContext> _contextOptions;
    private readonly SqlCapture _capture = new();

    public BenchmarkRun(BenchmarkOptions options, TextWriter output)
    {
        Options = options;
        Output = output;
        ConnectionString = options.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = options.Database, ForeignKeys = true, Pooling = true }.ToString()
            : options.Database;
        var builder = new DbContextOptionsBuilder<JrCaseworkDbContext>();
        builder.UseJrCaseworkDatabase(options.Provider, ConnectionString).AddInterceptors(_capture);
        _contextOptions = builder.Options;
    }

    public BenchmarkOptions Options { get; }

    public TextWriter Output { get; }

    public string ConnectionString { get; }

    /// <summary>A fresh context, as the application's services take one per call.</summary>
    public JrCaseworkDbContext CreateDbContext() => new(_contextOptions);

    public async Task PrintMachineAsync()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        Output.WriteLine($"Machine   {Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            Output.WriteLine($"Database  SQLite {Options.Database} ({new FileInfo(Options.Database).Length / 1024d / 1024d:N0} MB)");
        }
        else
        {
            await using var db = CreateDbContext();
            var server = await db.Database.SqlQueryRaw<string>("SELECT version() AS \"Value\"").SingleAsync();
            var size = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
            var settings = await db.Database.SqlQueryRaw<string>(
                    "SELECT name || '=' || current_setting(name) AS \"Value\" FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'fsync') ORDER BY name")
                .ToListAsync();
            var target = new NpgsqlConnectionStringBuilder(ConnectionString);
            Output.WriteLine($"Database  PostgreSQL {target.Database} on {target.Host}:{target.Port} ({size / 1024d / 1024d:N0} MB), {server.Split(" on ")[0]}");
            Output.WriteLine($"Server    {string.Join(", ", settings)}");
        }

        Output.WriteLine($"Runs      {Options.Runs} measured after {Options.Warmup} warm-up, today = {Options.Today:yyyy-MM-dd}");
        PrintLoad("Load");
        Output.WriteLine();
    }

    /// <summary>Prints the load average: the machine may be shared, and the figures are only as good as it was quiet.</summary>
    public void PrintLoad(string label)
    {
        if (File.Exists("/proc/loadavg"))
        {
            Output.WriteLine($"{label + ' ',-10}{string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} (1, 5, 15 min) at {DateTime.UtcNow:HH:mm:ss} UTC");
        }
    }

    /// <summary>A copy of the database for a suite that writes; removed again when disposed.</summary>
    public async Task<DatabaseCopy> CopyDatabaseAsync()
    {
        var name = $"jrcasework-copy-{Guid.NewGuid():N}";
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            File.Copy(Options.Database, file);
            return new DatabaseCopy(new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ToString(), () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
                return Task.CompletedTask;
            });
        }

        // A template copy needs the original without sessions: this process's pooled ones are closed first.
        var original = new NpgsqlConnectionStringBuilder(ConnectionString);
        var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", CommandTimeout = 0 }.ToString();
        NpgsqlConnection.ClearAllPools();
        await ServerCommandAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{original.Database}\"");
        return new DatabaseCopy(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString(), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ServerCommandAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });

        static async Task ServerCommandAsync(string connectionString, string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Prints the column heads for <see cref="MeasureAsync"/>.</summary>
    public void PrintHeader(string title)
    {
        Output.WriteLine(title);
        Output.WriteLine($"  {"Query",-44}{"rows",8}{"p50 ms",10}{"p95 ms",10}{"max ms",10}");
    }

    /// <summary>Runs <paramref name="query"/> warm-up plus measured times and prints one line; the query returns how many rows it produced.</summary>
    public async Task<Timing> MeasureAsync(string name, Func<Task<int>> query)
    {
        var rows = 0;
        for (var i = 0; i < Options.Warmup; i++)
        {
            rows = await query();
        }

        var samples = new double[Options.Runs];
        for (var i = 0; i < samples.Length; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            rows = await query();
            samples[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        var timing = Timing.Of(name, rows, samples);
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Name,-44}{timing.Rows,8:N0}{timing.P50,10:F1}{timing.P95,10:F1}{timing.Max,10:F1}"));
        if (Options.Explain)
        {
            await ExplainAsync(query);
        }

        return timing;
    }

    /// <summary>
    /// Runs the query once more, capturing its SQL, and prints each statement's plan: SQLite's EXPLAIN QUERY PLAN, or
    /// PostgreSQL's EXPLAIN ANALYZE (which runs the statement again; the suites only read).
    /// </summary>
    private async Task ExplainAsync(Func<Task<int>> query)
    {
        var commands = await _capture.CaptureAsync(query);
        await using var db = CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        foreach (var command in commands.DistinctBy(c => c.Text))
        {
            Output.WriteLine();
            Output.WriteLine(Indent(command.Text, "      "));
            await using var explain = connection.CreateCommand();
            explain.CommandText = (Options.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                explain.Parameters.Add(parameter);
            }

            await using var reader = await explain.ExecuteReaderAsync();
            if (Options.Provider == DatabaseProvider.Sqlite)
            {
                await PrintSqlitePlanAsync(reader);
            }
            else
            {
                while (await reader.ReadAsync())
                {
                    Output.WriteLine($"        {reader.GetString(0)}");
                }
            }
        }

        Output.WriteLine();
    }

    private async Task PrintSqlitePlanAsync(DbDataReader reader)
    {
        var depth = new Dictionary<long, int> { [0] = 0 };
        while (await reader.ReadAsync())
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            Output.WriteLine($"      {new string(' ', 2 * level)}{reader.GetString(3)}");
        }
    }

    private static string Indent(string text, string prefix) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(line => prefix + line.TrimEnd('\r')));
}

/// <summary>A database copied for one suite; disposing it removes the copy.</summary>
internal sealed class DatabaseCopy(string connectionString, Func<Task> remove) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() => await remove();
}

/// <summary>Milliseconds per run: the median, the 95th percentile (nearest rank) and the slowest.</summary>
internal sealed record Timing(string Name, int Rows, double P50, double P95, double Max)
{
    public static Timing Of(string name, int rows, IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double Percentile(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Timing(name, rows, Percentile(0.50), Percentile(0.95), sorted[^1]);
    }
}
