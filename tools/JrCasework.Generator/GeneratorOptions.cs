using JrCasework.Data;

namespace JrCasework.Generator;

/// <summary>What to generate, and where.</summary>
/// <param name="Database">
/// On SQLite the file to create, which must not exist yet; on PostgreSQL the connection string of a database that
/// holds no tables yet (a missing database is created by the migrations).
/// </param>
/// <param name="Cases">How many cases.</param>
/// <param name="Units">How many org units in all: the root, departments and teams.</param>
/// <param name="Supervisors">How many supervisors; managers and HR business partners come on top.</param>
/// <param name="Seed">The seed of the random generator: the same seed (and <paramref name="NowUtc"/>) gives the same data.</param>
/// <param name="NowUtc">"Today" for the generated history; cases are opened in the three years before it.</param>
/// <param name="BatchSize">Cases per SaveChanges, each batch on a fresh context.</param>
/// <param name="Provider">The database <paramref name="Database"/> names.</param>
public sealed record GeneratorOptions(
    string Database,
    int Cases,
    int Units,
    int Supervisors,
    int Seed,
    DateTime NowUtc,
    int BatchSize = 2000,
    DatabaseProvider Provider = DatabaseProvider.Sqlite)
{
    /// <summary>The password of every generated account, so the volume database can be tried in the app.</summary>
    public const string Password = "JrDemo-2026-01";

    /// <summary>How far back the first cases are opened.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(3 * 365);

    /// <summary>Throws when a value cannot work.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Database);
        ArgumentOutOfRangeException.ThrowIfNegative(Cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(Units, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(Supervisors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        if (NowUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The reference time must be UTC.", nameof(NowUtc));
        }
    }
}

/// <summary>What was generated, how long it took, and how much disk it takes (the file, or the PostgreSQL database).</summary>
public sealed record GeneratorResult(IReadOnlyDictionary<string, long> RowCounts, TimeSpan Elapsed, long SizeBytes);
