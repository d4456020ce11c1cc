using System.Globalization;
using JrCasework.Data;

namespace JrCasework.Generator;

/// <summary>
/// Command line: <c>--database file.db | --postgres "Host=…;Database=…" --cases 100000 --units 50 --supervisors 500 [--seed 42] [--now 2026-11-25] [--batch 2000]</c>.
/// </summary>
internal static class Program
{
    private const string Usage =
        "Usage: JrCasework.Generator (--database <file.db> | --postgres <connection string>) --cases <n> --units <n> --supervisors <n> [--seed <n>] [--now <yyyy-MM-dd>] [--batch <n>]";

    public static async Task<int> Main(string[] args)
    {
        GeneratorOptions options;
        try
        {
            options = Parse(args);
            options.Validate();
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine(problem.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var generator = new VolumeGenerator(options, Console.Out);
        if (await generator.RefusalAsync() is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 1;
        }

        var result = await generator.RunAsync();
        Console.WriteLine();
        foreach (var (table, count) in result.RowCounts)
        {
            Console.WriteLine($"{table,-28}{count,12:N0}");
        }

        Console.WriteLine($"{"Total rows",-28}{result.RowCounts.Values.Sum(),12:N0}");
        Console.WriteLine($"Elapsed {result.Elapsed:hh\\:mm\\:ss\\.f}, size {result.SizeBytes / 1024d / 1024d:N1} MB");
        return 0;
    }

    internal static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Required(string name) =>
            values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

        int Number(string name, int? fallback = null) =>
            values.TryGetValue(name, out var value) || fallback is null
                ? int.TryParse(value ?? Required(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw new ArgumentException($"--{name} must be a whole number.")
                : fallback.Value;

        var now = values.TryGetValue("now", out var nowText)
            ? DateTime.SpecifyKind(DateTime.Parse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc)
            : TimeProvider.System.GetUtcNow().UtcDateTime;

        var (provider, database) = (values.GetValueOrDefault("database"), values.GetValueOrDefault("postgres")) switch
        {
            ({ } file, null) => (DatabaseProvider.Sqlite, Path.GetFullPath(file)),
            (null, { } connectionString) => (DatabaseProvider.PostgreSql, connectionString),
            _ => throw new ArgumentException("Give either --database <file.db> (SQLite) or --postgres <connection string> (PostgreSQL)."),
        };

        return new GeneratorOptions(
            database,
            Number("cases"),
            Number("units"),
            Number("supervisors"),
            Number("seed", 42),
            now,
            Number("batch", 2000),
            provider);
    }
}
