using JrCasework.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JrCasework.Generator;

/// <summary>
/// The provider's part of a generation: whether the target may be filled, the migrations and bulk settings before
/// the first insert, and the work after the last. Everything in between is written once, through the context.
/// </summary>
internal abstract class VolumeStore : IAsyncDisposable
{
    /// <summary>The options every context of the run is made with.</summary>
    public abstract DbContextOptions<JrCaseworkDbContext> ContextOptions { get; }

    /// <summary>Where the data goes, for the log (no password).</summary>
    public abstract string Description { get; }

    public static VolumeStore For(GeneratorOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteVolumeStore(options.Database),
        DatabaseProvider.PostgreSql => new PostgreSqlVolumeStore(options.Database),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
    };

    /// <summary>Why the target must not be filled (it holds data already), or null when it may.</summary>
    public abstract Task<string?> RefusalAsync(CancellationToken cancellationToken);

    /// <summary>Applies the provider's real migrations, then its bulk-insert settings.</summary>
    public abstract Task CreateAsync(CancellationToken cancellationToken);

    /// <summary>After the last insert: leaves the database as a running application would find it; returns its size in bytes.</summary>
    public abstract Task<long> FinishAsync(CancellationToken cancellationToken);

    public async Task<Dictionary<string, long>> CountRowsAsync(IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        await using var db = new JrCaseworkDbContext(ContextOptions);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            // The table names are this tool's own constants.
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
        }

        return counts;
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>One open connection for the whole run, in WAL mode with a large page cache; the WAL checkpointed at the end.</summary>
internal sealed class SqliteVolumeStore : VolumeStore
{
    private readonly string _path;
    private readonly SqliteConnection _connection;

    public SqliteVolumeStore(string path)
    {
        _path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString());
        ContextOptions = new DbContextOptionsBuilder<JrCaseworkDbContext>().UseSqlite(_connection).Options;
    }

    public override DbContextOptions<JrCaseworkDbContext> ContextOptions { get; }

    public override string Description => _path;

    public override Task<string?> RefusalAsync(CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(_path) ? $"{_path} already exists; the generator only creates new databases." : null);

    public override async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await using (var db = new JrCaseworkDbContext(ContextOptions))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await PragmaAsync(cancellationToken, "journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536", "temp_store=MEMORY");
    }

    public override async Task<long> FinishAsync(CancellationToken cancellationToken)
    {
        await PragmaAsync(cancellationToken, "wal_checkpoint(TRUNCATE)");
        return new FileInfo(_path).Length;
    }

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(_connection);
        await _connection.DisposeAsync();
    }

    private async Task PragmaAsync(CancellationToken cancellationToken, params string[] pragmas)
    {
        foreach (var pragma in pragmas)
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>
/// Pooled connections, one per batch's context, whose commits do not wait for the WAL flush; the tables vacuumed
/// and analysed at the end, so the planner has statistics and index-only scans work, as after autovacuum on a live
/// server.
/// </summary>
internal sealed class PostgreSqlVolumeStore : VolumeStore
{
    private readonly NpgsqlConnectionStringBuilder _given;

    public PostgreSqlVolumeStore(string connectionString)
    {
        _given = new NpgsqlConnectionStringBuilder(connectionString);
        // synchronous_commit=off only for these sessions: a crash loses the last commits of a generation that is
        // started again anyway. No command timeout: VACUUM and the counts of a million cases take longer than 30 s.
        var bulk = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Options = $"{_given.Options} -c synchronous_commit=off".Trim(),
            CommandTimeout = 0,
        };
        var builder = new DbContextOptionsBuilder<JrCaseworkDbContext>();
        builder.UseJrCaseworkDatabase(DatabaseProvider.PostgreSql, bulk.ToString());
        ContextOptions = builder.Options;
    }

    public override DbContextOptions<JrCaseworkDbContext> ContextOptions { get; }

    public override string Description => $"PostgreSQL database {_given.Database} on {_given.Host}:{_given.Port}";

    public override async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_given.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        var tables = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        return tables > 0
            ? $"{Description} already holds {tables} tables; the generator only fills new (missing or empty) databases."
            : null;
    }

    public override async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var db = new JrCaseworkDbContext(ContextOptions);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public override async Task<long> FinishAsync(CancellationToken cancellationToken)
    {
        await using var db = new JrCaseworkDbContext(ContextOptions);
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);
        return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync()
    {
        // The server keeps no idle connections of a finished generation (a test may drop the database next).
        NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
