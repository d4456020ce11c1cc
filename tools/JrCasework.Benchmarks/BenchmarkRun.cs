using System.Diagnostics;
using System.Runtime.InteropServices;
using JrCasework.Data;
using Microsoft.Data.Sqlite;

namespace JrCasework.Benchmarks;

/// <summary>
/// What a suite measures with: contexts on the database configured as the application configures
/// them (pooled connections, foreign keys on), a stopwatch loop, and the query plans on request.
/// </summary>
internal sealed class BenchmarkRun
{
    private readonly DbContextOptions<JrCaseworkDbContext> _contextOptions;
    private readonly SqlCapture _capture = new();

    public BenchmarkRun(BenchmarkOptions options, TextWriter output)
    {
        Options = options;
        Output = output;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, ForeignKeys = true, Pooling = true }.ToString();
        _contextOptions = new DbContextOptionsBuilder<JrCaseworkDbContext>().UseSqlite(ConnectionString).AddInterceptors(_capture).Options;
    }

    public BenchmarkOptions Options { get; }

    public TextWriter Output { get; }

    public string ConnectionString { get; }

    /// <summary>A fresh context, as the application's services take one per call.</summary>
    public JrCaseworkDbContext CreateDbContext() => new(_contextOptions);

    public void PrintMachine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        Output.WriteLine($"Machine   {Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Output.WriteLine($"Database  {Options.DatabasePath} ({new FileInfo(Options.DatabasePath).Length / 1024d / 1024d:N0} MB)");
        Output.WriteLine($"Runs      {Options.Runs} measured after {Options.Warmup} warm-up, today = {Options.Today:yyyy-MM-dd}");
        Output.WriteLine();
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

    /// <summary>Runs the query once more, capturing its SQL, and prints SQLite's plan for each statement.</summary>
    private async Task ExplainAsync(Func<Task<int>> query)
    {
        var commands = await _capture.CaptureAsync(query);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var command in commands.DistinctBy(c => c.Text))
        {
            Output.WriteLine();
            Output.WriteLine(Indent(command.Text, "      "));
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var depth = new Dictionary<long, int> { [0] = 0 };
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
                depth[reader.GetInt64(0)] = level;
                Output.WriteLine($"      {new string(' ', 2 * level)}{reader.GetString(3)}");
            }
        }

        Output.WriteLine();
    }

    private static string Indent(string text, string prefix) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(line => prefix + line.TrimEnd('\r')));
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
