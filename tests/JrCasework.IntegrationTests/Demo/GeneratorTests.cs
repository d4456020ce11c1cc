using JrCasework.Data;
using JrCasework.Generator;
using Microsoft.Data.Sqlite;
using Npgsql;
using GeneratorCommandLine = JrCasework.Generator.Program;

namespace JrCasework.IntegrationTests.Demo;

/// <summary>The volume generator on the provider the test run asks for, and on both at once where they must agree.</summary>
public sealed class GeneratorTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", "generator-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _postgreSqlDatabases = [];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Generate_SmallVolume_CreatesExactlyThatManyCasesReferencingExistingData()
    {
        var result = await GenerateAsync("small", seed: 7);
        await using var db = Open("small", TestDatabase.DefaultProvider);

        Assert.Equal(300, result.RowCounts["Cases"]);
        Assert.Equal(300, await db.Cases.CountAsync());
        Assert.Equal(5, await db.OrgUnits.CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var unitIds = await db.OrgUnits.Select(u => u.Id).ToListAsync();
        var supervisorRole = await db.Roles.SingleAsync(r => r.Name == Roles.Supervisor);
        var supervisors = await db.UserRoles.Where(r => r.RoleId == supervisorRole.Id).Select(r => r.UserId).ToListAsync();
        var employees = await db.Employees.ToDictionaryAsync(e => e.Id);
        var cases = await db.CasesWithParts.AsNoTracking().ToListAsync();

        Assert.Equal(10, supervisors.Count);
        Assert.All(cases, c =>
        {
            Assert.Contains(c.OrgUnitId, unitIds);
            Assert.Contains(c.OwnerUserId, supervisors);
            Assert.NotEmpty(c.History);
            Assert.NotEmpty(c.Employees);
            Assert.All(c.Employees, e => Assert.Equal(c.OwnerUserId, employees[e.EmployeeId].SupervisorUserId));
            Assert.All(c.History, h => Assert.True(h.AtUtc < Now));
        });
        Assert.Contains(cases, c => c.IsClosed);
        Assert.Contains(cases, c => !c.IsClosed);
        Assert.Equal(cases.Count, cases.Select(c => c.Reference).Distinct().Count());
    }

    [Fact]
    public async Task Generate_WithTheSameSeed_GivesTheSameData()
    {
        await GenerateAsync("first", seed: 42);
        await GenerateAsync("second", seed: 42);
        await GenerateAsync("other", seed: 43);

        var first = await FingerprintAsync("first");
        Assert.Equal(first, await FingerprintAsync("second"));
        Assert.NotEqual(first, await FingerprintAsync("other"));
    }

    [Fact]
    public async Task Generate_OnPostgreSqlAndOnSqlite_GivesTheSameData()
    {
        await GenerateAsync("file", seed: 42, DatabaseProvider.Sqlite);
        await GenerateAsync("server", seed: 42, DatabaseProvider.PostgreSql);

        var onSqlite = await FingerprintAsync("file", DatabaseProvider.Sqlite);
        Assert.Equal(onSqlite, await FingerprintAsync("server", DatabaseProvider.PostgreSql));
    }

    [Fact]
    public async Task Generate_IntoADatabaseThatHoldsData_IsRefused()
    {
        await GenerateAsync("taken", seed: 7);
        var again = new VolumeGenerator(Options("taken", seed: 7, TestDatabase.DefaultProvider), TextWriter.Null);

        Assert.NotNull(await again.RefusalAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => again.RunAsync());
        await using var db = Open("taken", TestDatabase.DefaultProvider);
        Assert.Equal(300, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task Generate_IntoAnEmptyPostgreSqlDatabase_IsAllowed()
    {
        var name = PostgreSqlDatabase("empty");
        await using (var server = new NpgsqlConnection(TestDatabase.PostgreSqlConnectionString("postgres")))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        var generator = new VolumeGenerator(Options("empty", seed: 7, DatabaseProvider.PostgreSql), TextWriter.Null);

        Assert.Null(await generator.RefusalAsync());
        Assert.Equal(300, (await generator.RunAsync()).RowCounts["Cases"]);
    }

    [Theory]
    [InlineData("--database", "volume.db", DatabaseProvider.Sqlite)]
    [InlineData("--postgres", "Host=127.0.0.1;Database=volume", DatabaseProvider.PostgreSql)]
    public void Parse_EitherAFileOrAConnectionString_ChoosesTheProvider(string option, string value, DatabaseProvider provider)
    {
        var options = GeneratorCommandLine.Parse([option, value, "--cases", "10", "--units", "5", "--supervisors", "2", "--now", "2026-11-26T01:30:00Z"]);

        Assert.Equal(provider, options.Provider);
        Assert.Equal(provider == DatabaseProvider.Sqlite ? Path.GetFullPath(value) : value, options.Database);
    }

    [Theory]
    [InlineData("--cases", "10")]
    [InlineData("--database", "volume.db", "--postgres", "Host=127.0.0.1;Database=volume", "--cases", "10")]
    public void Parse_WithoutExactlyOneDatabase_IsRefused(params string[] args) =>
        Assert.Throws<ArgumentException>(() => GeneratorCommandLine.Parse([.. args, "--units", "5", "--supervisors", "2"]));

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var name in _postgreSqlDatabases)
        {
            await TestDatabase.DropPostgreSqlDatabaseAsync(name);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory behind.
        }
    }

    private async Task<GeneratorResult> GenerateAsync(string name, int seed, DatabaseProvider? provider = null) =>
        await new VolumeGenerator(Options(name, seed, provider ?? TestDatabase.DefaultProvider), TextWriter.Null).RunAsync();

    private GeneratorOptions Options(string name, int seed, DatabaseProvider provider) =>
        new(Target(name, provider), Cases: 300, Units: 5, Supervisors: 10, seed, Now, BatchSize: 120, provider);

    /// <summary>A file in the test's folder on SQLite; a database of the test's own on PostgreSQL (dropped afterwards).</summary>
    private string Target(string name, DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql
        ? TestDatabase.PostgreSqlConnectionString(PostgreSqlDatabase(name))
        : Path.Combine(_directory, name + ".db");

    private string PostgreSqlDatabase(string name)
    {
        var database = $"jr_generator_{Path.GetFileName(_directory)}_{name}";
        if (!_postgreSqlDatabases.Contains(database))
        {
            _postgreSqlDatabases.Add(database);
        }

        return database;
    }

    private async Task<List<string>> FingerprintAsync(string name, DatabaseProvider? provider = null)
    {
        await using var db = Open(name, provider ?? TestDatabase.DefaultProvider);
        var cases = await db.CasesWithParts.AsNoTracking().OrderBy(c => c.Reference).ToListAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => $"{u.Id}|{u.Email}|{u.DisplayName}|{u.OrgUnitId}").ToListAsync();
        return
        [
            .. users,
            .. cases.Select(c => string.Join('|',
                c.Reference, c.Title, c.CategoryId, c.Origin, c.Objective, c.OwnerUserId, c.OrgUnitId, c.Step, c.Loop, c.OpenedAtUtc.ToString("O"), c.ClosedAtUtc?.ToString("O"),
                string.Join(',', c.Employees.Select(e => e.EmployeeId)),
                string.Join(',', c.Facts.OrderBy(f => f.Number).Select(f => $"{f.Kind}:{f.Text}")),
                string.Join(',', c.PossibleActions.OrderBy(a => a.Number).Select(a => $"{a.Description}:{a.EffectOnIndividual}{a.EffectOnGroup}{a.EffectOnProduction}")),
                string.Join(',', c.FollowUps.OrderBy(f => f.Number).Select(f => $"{f.DueOn}:{f.Status}:{f.CheckedAtUtc:O}")),
                string.Join(',', c.History.OrderBy(h => h.Id).Select(h => $"{h.AtUtc:O}:{h.Event}:{h.Summary}")))),
        ];
    }

    private JrCaseworkDbContext Open(string name, DatabaseProvider provider)
    {
        var target = Target(name, provider);
        var options = new DbContextOptionsBuilder<JrCaseworkDbContext>();
        options.UseJrCaseworkDatabase(
            provider,
            provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString() : target);
        return new JrCaseworkDbContext(options.Options);
    }
}
