using JrCasework.Data;
using JrCasework.Generator;
using Microsoft.Data.Sqlite;

namespace JrCasework.IntegrationTests.Demo;

public sealed class GeneratorTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", "generator-" + Guid.NewGuid().ToString("N"));

    public GeneratorTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Generate_SmallVolume_CreatesExactlyThatManyCasesReferencingExistingData()
    {
        var result = await GenerateAsync("small.db", seed: 7);
        await using var db = Open("small.db");

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
        await GenerateAsync("first.db", seed: 42);
        await GenerateAsync("second.db", seed: 42);
        await GenerateAsync("other.db", seed: 43);

        var first = await FingerprintAsync("first.db");
        Assert.Equal(first, await FingerprintAsync("second.db"));
        Assert.NotEqual(first, await FingerprintAsync("other.db"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory behind.
        }
    }

    private async Task<GeneratorResult> GenerateAsync(string file, int seed) =>
        await new VolumeGenerator(new GeneratorOptions(Path.Combine(_directory, file), Cases: 300, Units: 5, Supervisors: 10, seed, Now, BatchSize: 120), TextWriter.Null)
            .RunAsync();

    private async Task<List<string>> FingerprintAsync(string file)
    {
        await using var db = Open(file);
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

    private JrCaseworkDbContext Open(string file) => new(new DbContextOptionsBuilder<JrCaseworkDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, file), Pooling = false }.ToString())
        .Options);
}
