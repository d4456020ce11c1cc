using JrCasework.Data;

namespace JrCasework.Benchmarks;

/// <summary>
/// Command line: <c>--database file.db | --postgres "Host=…;Database=…" &lt;suite&gt; [--runs 50] [--warmup 3] [--today yyyy-MM-dd] [--explain]</c>.
/// Prints timings only; what is fast enough is for the reader to judge.
/// </summary>
internal static class Program
{
    private static string Usage =>
        $"Usage: JrCasework.Benchmarks (--database <file.db> | --postgres <connection string>) <{string.Join('|', Suites.All.Keys)}> [--runs <n>] [--warmup <n>] [--today <yyyy-MM-dd>] [--explain]";

    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine(problem.Message);
            Console.Error.WriteLine(Usage);
            foreach (var (name, suite) in Suites.All)
            {
                Console.Error.WriteLine($"  {name,-12}{suite.Description}");
            }

            return 2;
        }

        if (options.Provider == DatabaseProvider.Sqlite && !File.Exists(options.Database))
        {
            Console.Error.WriteLine($"{options.Database} does not exist; create one with tools/JrCasework.Generator.");
            return 1;
        }

        var run = new BenchmarkRun(options, Console.Out);
        await run.PrintMachineAsync();
        await Suites.All[options.Suite].RunAsync(run);
        run.PrintLoad("Load after");
        return 0;
    }

    internal static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var explain = false;
        string? suite = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--explain")
            {
                explain = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i][2..]] = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && suite is null)
            {
                suite = args[i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
        }

        if (suite is null || !Suites.All.ContainsKey(suite))
        {
            throw new ArgumentException(suite is null ? "Name a suite." : $"Unknown suite '{suite}'.");
        }

        int Number(string name, int fallback) =>
            !values.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number
            : throw new ArgumentException($"--{name} must be a whole number.");

        var today = values.TryGetValue("today", out var todayText)
            ? DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new ArgumentException("--today must be a date like 2026-11-26.")
            : DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

        var (provider, database) = (values.GetValueOrDefault("database"), values.GetValueOrDefault("postgres")) switch
        {
            ({ } file, null) => (DatabaseProvider.Sqlite, Path.GetFullPath(file)),
            (null, { } connectionString) => (DatabaseProvider.PostgreSql, connectionString),
            _ => throw new ArgumentException("Give either --database <file.db> (SQLite) or --postgres <connection string> (PostgreSQL)."),
        };

        return new BenchmarkOptions(
            database,
            provider,
            suite,
            Math.Max(1, Number("runs", 50)),
            Number("warmup", 3),
            today,
            explain);
    }
}
