using Microsoft.Data.Sqlite;
using Npgsql;

namespace JrCasework.Data;

/// <summary>Which database JR Casework runs on: one SQLite file (the default) or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The one place a provider is chosen: the same context and entity configurations on both, each provider with
/// its own migrations (SQLite's in this project, PostgreSQL's in <c>JrCasework.Data.PostgreSql</c>).
/// </summary>
public static class JrCaseworkDatabase
{
    /// <summary>The assembly holding the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "JrCasework.Data.PostgreSql";

    /// <summary>The first key of PostgreSQL's advisory lock on case numbering ("JR" and 1); the year is the second.</summary>
    private const int CaseNumberingLock = 0x4A52_0001;

    /// <summary>Configures <paramref name="options"/> for <paramref name="provider"/> on <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder UseJrCaseworkDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>Whether this context runs on PostgreSQL (otherwise SQLite).</summary>
    public static bool IsPostgreSql(this JrCaseworkDbContext db) => db.Database.IsNpgsql();

    /// <summary>
    /// Within the current transaction, waits until no other transaction is numbering cases of <paramref name="year"/>;
    /// the wait ends with that transaction. SQLite needs no lock of its own: its transactions write one at a time.
    /// </summary>
    public static async Task LockCaseNumberingAsync(this JrCaseworkDbContext db, int year, CancellationToken cancellationToken = default)
    {
        if (db.IsPostgreSql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CaseNumberingLock}, {year})", cancellationToken);
        }
    }

    /// <summary>Whether a save failed on a unique index (e.g. a number another save took first), on either provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
