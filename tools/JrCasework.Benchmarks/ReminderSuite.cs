using System.Diagnostics;
using JrCasework.Data;
using JrCasework.Web.Features.Reminders;
using JrCasework.Web.Features.Shared;
using JrCasework.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.Benchmarks;

/// <summary>
/// The reminder service's scan on a copy of the database (it writes; a file copy on SQLite, a template copy on PostgreSQL): the backlog a first start on
/// old data works off, and the steady-state scan every instance runs each interval when nothing is due.
/// </summary>
internal sealed class ReminderSuite : IBenchmarkSuite
{
    public string Description => "Reminder service: working off the backlog of a first start, then the scan that runs every minute (on a copy).";

    public async Task RunAsync(BenchmarkRun run)
    {
        await using var copy = await run.CopyDatabaseAsync();
        await MeasureAsync(run, copy.ConnectionString);
    }

    private static async Task MeasureAsync(BenchmarkRun run, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reminders:BatchSize"] = "200",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddLocalization()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(run.Options.Today.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero)))
            .AddSingleton<PublicLinks>()
            .AddDbContextFactory<JrCaseworkDbContext>(o => o.UseJrCaseworkDatabase(run.Options.Provider, connectionString));
        services.AddJrCaseworkReminders(configuration);
        await using var provider = services.BuildServiceProvider();
        var scanner = provider.GetRequiredService<ReminderScanner>();

        await using (var db = await provider.GetRequiredService<IDbContextFactory<JrCaseworkDbContext>>().CreateDbContextAsync())
        {
            if (!db.IsPostgreSql())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        run.Output.WriteLine("Backlog: the first start on this database (every overdue follow-up earns its reminders)");
        var batches = new List<double>();
        var given = 0;
        var total = Stopwatch.StartNew();
        ScanResult scan;
        do
        {
            var stopwatch = Stopwatch.StartNew();
            scan = await scanner.ScanAsync();
            batches.Add(stopwatch.Elapsed.TotalMilliseconds);
            given += scan.Given;
        }
        while (scan.More);

        total.Stop();
        var batch = Timing.Of("batch", given, batches);
        run.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {given:N0} reminders in {batches.Count} batches of up to 200 follow-ups: {total.Elapsed.TotalSeconds:F1} s, {given / total.Elapsed.TotalSeconds:N0} reminders/s; per batch p50 {batch.P50:F0} ms, p95 {batch.P95:F0} ms"));
        run.Output.WriteLine();

        run.PrintHeader("Steady state: the scan each instance runs every interval");
        await run.MeasureAsync("Scan with nothing new due", async () => (await scanner.ScanAsync()).Given);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
