using System.Diagnostics;
using JrCasework.Data;
using JrCasework.Data.Identity;
using JrCasework.Domain.Cases;
using JrCasework.Domain.Organisation;
using JrCasework.Domain.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Generator;

/// <summary>
/// Creates a new SQLite database with the real migrations and fills it with a generated organisation
/// (a tree of units, supervisors, managers, HR, employees) and cases walked through the domain's own
/// methods, so every row obeys the rules the application enforces. The same options give the same data
/// (apart from the concurrency tokens the domain draws itself).
/// </summary>
public sealed class VolumeGenerator(GeneratorOptions options, TextWriter log)
{
    private static readonly string[] Departments =
        ["Production", "Logistics", "Customer Service", "Maintenance", "Quality", "Finance", "Sales", "Purchasing", "IT", "Warehouse", "Planning", "Facilities"];

    private static readonly string[] FirstNames =
    [
        "Jan", "Sanne", "Pieter", "Fatima", "Lotte", "Mohamed", "Kees", "Anouk", "Dirk", "Sofie", "Bram", "Ilse", "Noah", "Emma", "Lucas", "Julia",
        "Daan", "Sara", "Sem", "Tess", "Youssef", "Lieke", "Thomas", "Eva", "Ruben", "Fleur", "Milan", "Nina", "Hamza", "Iris", "Jesse", "Zoë",
        "Wout", "Elif", "Stijn", "Marieke", "Arjen", "Ayşe", "Koen", "Yara",
    ];

    private static readonly string[] LastNames =
    [
        "de Vries", "Jansen", "Smit", "de Boer", "Visser", "Mulder", "Peeters", "Claes", "Willems", "Hendriks", "Dekker", "Wouters", "Maes", "Bakker",
        "Janssens", "van Dijk", "Yilmaz", "El Amrani", "Meijer", "de Jong", "Vermeulen", "Jacobs", "Kaya", "Bos", "Vos", "van Leeuwen", "Goossens",
        "Pauwels", "Martens", "Kok", "Brouwer", "de Graaf", "Schouten", "van der Meer", "Öztürk", "Verhoeven", "Lambrechts", "Hermans", "Postma", "Sedney",
    ];

    /// <summary>Creates the database and generates everything; prints progress to the log writer.</summary>
    public async Task<GeneratorResult> RunAsync(CancellationToken cancellationToken = default)
    {
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, ForeignKeys = true, Pooling = false }.ToString();

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            var contextOptions = new DbContextOptionsBuilder<JrCaseworkDbContext>().UseSqlite(connection).Options;

            await using (var db = new JrCaseworkDbContext(contextOptions))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await PragmaAsync(connection, "journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536", "temp_store=MEMORY");
            log.WriteLine($"Database created at {options.DatabasePath} ({stopwatch.Elapsed:mm\\:ss})");

            var supervisors = await CreateOrganisationAsync(contextOptions, random, cancellationToken);
            log.WriteLine($"Organisation: {options.Units} units, {supervisors.Count} supervisors, {supervisors.Sum(s => s.Team.Count)} employees ({stopwatch.Elapsed:mm\\:ss})");

            await CreateCasesAsync(contextOptions, random, supervisors, stopwatch, cancellationToken);
            await CreateReviewsAsync(contextOptions, cancellationToken);
            log.WriteLine($"HR reviews written ({stopwatch.Elapsed:mm\\:ss})");
            await PragmaAsync(connection, "wal_checkpoint(TRUNCATE)");

            var counts = await CountRowsAsync(connection);
            stopwatch.Stop();
            SqliteConnection.ClearPool(connection);
            await connection.CloseAsync();
            return new GeneratorResult(counts, stopwatch.Elapsed, new FileInfo(options.DatabasePath).Length);
        }
    }

    private async Task<List<SupervisorProfile>> CreateOrganisationAsync(
        DbContextOptions<JrCaseworkDbContext> contextOptions, Random random, CancellationToken cancellationToken)
    {
        await using var db = new JrCaseworkDbContext(contextOptions);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var roles = Roles.All.ToDictionary(
            role => role,
            role => new IdentityRole(role) { Id = NewId(random), NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = NewId(random) });
        db.Roles.AddRange(roles.Values);

        // The tree: a root, departments below it, teams below the departments.
        var root = new OrgUnit("Volume Organisation");
        db.OrgUnits.Add(root);
        await db.SaveChangesAsync(cancellationToken);
        var departmentCount = Math.Max(1, (int)Math.Round(Math.Sqrt(options.Units - 1)));
        var teamCount = options.Units - 1 - departmentCount;
        var departments = Enumerable.Range(0, departmentCount)
            .Select(i => new OrgUnit(i < Departments.Length ? Departments[i] : $"{Departments[i % Departments.Length]} {(i / Departments.Length) + 1}", root.Id))
            .ToList();
        db.OrgUnits.AddRange(departments);
        await db.SaveChangesAsync(cancellationToken);
        var teams = Enumerable.Range(0, teamCount)
            .Select(i => (Department: i % departmentCount, Unit: new OrgUnit($"{departments[i % departmentCount].Name} - Team {(i / departmentCount) + 1}", departments[i % departmentCount].Id)))
            .ToList();
        db.OrgUnits.AddRange(teams.Select(t => t.Unit));
        await db.SaveChangesAsync(cancellationToken);

        var passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), GeneratorOptions.Password);
        var userNumber = 0;
        ApplicationUser NewUser(string kind, int unitId, string role)
        {
            var email = $"{kind}{++userNumber:D5}@volume.example";
            var user = new ApplicationUser
            {
                Id = NewId(random),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = NewId(random).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
                ConcurrencyStamp = NewId(random),
                LockoutEnabled = true,
                DisplayName = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                OrgUnitId = unitId,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
            return user;
        }

        NewUser("admin", root.Id, Roles.Admin);
        for (var i = 0; i < Math.Max(1, options.Supervisors / 100); i++)
        {
            NewUser("hr", root.Id, Roles.Hr);
        }

        // One manager per department, managing the department and its teams.
        var managers = new List<string>();
        for (var d = 0; d < departmentCount; d++)
        {
            var manager = NewUser("manager", departments[d].Id, Roles.Manager);
            manager.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = departments[d].Id });
            foreach (var team in teams.Where(t => t.Department == d))
            {
                manager.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = team.Unit.Id });
            }

            managers.Add(manager.Id);
        }

        // Supervisors lead the teams (or the departments when there are no teams), about ten employees each.
        var leaves = teams.Count > 0
            ? teams.Select(t => (t.Unit.Id, t.Department)).ToList()
            : departments.Select((unit, d) => (unit.Id, d)).ToList();
        var staff = new List<(ApplicationUser User, int UnitId, string Manager, CaseTexts Texts, List<Employee> Team)>();
        var employeeNumber = 0;
        for (var s = 0; s < options.Supervisors; s++)
        {
            var (unitId, department) = leaves[s % leaves.Count];
            var supervisor = NewUser("supervisor", unitId, Roles.Supervisor);
            var team = new List<Employee>();
            for (var e = 0; e < random.Next(8, 13); e++)
            {
                var employee = new Employee(
                    $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                    $"E{++employeeNumber:D6}",
                    unitId,
                    supervisor.Id);
                if (random.NextDouble() < 0.05)
                {
                    employee.MarkAsLeft(DateOnly.FromDateTime(options.NowUtc).AddDays(-random.Next(1, 3 * 365)));
                }

                team.Add(employee);
            }

            db.Employees.AddRange(team);
            staff.Add((supervisor, unitId, managers[department], random.NextDouble() < 0.6 ? CaseTexts.Nl : CaseTexts.En, team));
        }

        // The managed units were added to users already tracked.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return [.. staff.Select(s => new SupervisorProfile(
            s.User.Id,
            s.UnitId,
            s.Manager,
            s.Texts,
            s.Team.Select(e => new TeamMember(e.Id, e.FullName, e.FullName.Split(' ')[0], e.LeftOn)).ToList()))];
    }

    /// <summary>
    /// HR reviews about a third of the closed cases, more of the older ones, and marks a few as good
    /// examples. A random of its own keeps the cases the same as without reviews.
    /// </summary>
    private async Task CreateReviewsAsync(DbContextOptions<JrCaseworkDbContext> contextOptions, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 1);
        await using var db = new JrCaseworkDbContext(contextOptions);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var hrRole = await db.Roles.Where(r => r.Name == Roles.Hr).Select(r => r.Id).SingleAsync(cancellationToken);
        var reviewers = await db.UserRoles.Where(r => r.RoleId == hrRole).Select(r => r.UserId).OrderBy(id => id).ToListAsync(cancellationToken);
        var closed = await db.Cases.AsNoTracking().Where(c => c.ClosedAtUtc != null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, ClosedAtUtc = c.ClosedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        Assessment Grade() => random.NextDouble() switch { < 0.7 => Assessment.Yes, < 0.92 => Assessment.Partly, _ => Assessment.No };
        string[] advice = ["Good use of the whole story; keep checking back after six months.", "Weigh at least one more option next time.", "Explain the decision and the reasons in the same conversation."];

        var batch = 0;
        foreach (var @case in closed)
        {
            var age = (options.NowUtc - @case.ClosedAtUtc).TotalDays;
            if (random.NextDouble() >= (age > 90 ? 0.45 : 0.15))
            {
                continue;
            }

            var at = @case.ClosedAtUtc.AddDays(random.Next(2, (int)Math.Max(3, Math.Min(age, 60))));
            var assessment = new ReviewAssessment(Grade(), Grade(), Grade(), Grade(), Grade());
            var input = new ReviewInput(assessment, null, random.NextDouble() < 0.5 ? advice[random.Next(advice.Length)] : null, random.NextDouble() < 0.05);
            db.CaseReviews.Add(CaseReview.ForClosedCase(@case.Id, input, new Actor(reviewers[random.Next(reviewers.Count)], at)));
            if (++batch % 5000 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateCasesAsync(
        DbContextOptions<JrCaseworkDbContext> contextOptions,
        Random random,
        List<SupervisorProfile> supervisors,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        var seeds = PlanCases(random, supervisors.Count);
        var simulator = new CaseSimulator(options.NowUtc, options.Seed);
        List<JrCase> Build(int from) =>
            [.. seeds.Skip(from).Take(options.BatchSize).Select(s => simulator.Build(s, supervisors[s.SupervisorIndex]))];

        // Building the next batch (CPU) overlaps with writing the current one (I/O).
        var next = seeds.Length > 0 ? Task.Run(() => Build(0), cancellationToken) : null;
        for (var from = 0; next is not null; from += options.BatchSize)
        {
            var batch = await next;
            // The start of the next batch is fixed now: the loop moves "from" on before the task may run.
            var nextFrom = from + options.BatchSize;
            next = nextFrom < seeds.Length ? Task.Run(() => Build(nextFrom), cancellationToken) : null;

            await using var db = new JrCaseworkDbContext(contextOptions);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Cases.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);

            var done = from + batch.Count;
            log.WriteLine($"{done,10:N0} / {seeds.Length:N0} cases  {stopwatch.Elapsed:mm\\:ss}  ({done / stopwatch.Elapsed.TotalSeconds:N0} cases/s)");
        }
    }

    /// <summary>
    /// Every case's opening moment and owner, in opening order, numbered per year from 1. Use grows
    /// over the three years, and some supervisors open far more cases than others.
    /// </summary>
    private CaseSeed[] PlanCases(Random random, int supervisorCount)
    {
        var start = options.NowUtc - GeneratorOptions.History;
        var span = (options.NowUtc - start).Ticks;
        var openings = new long[options.Cases];
        for (var i = 0; i < openings.Length; i++)
        {
            openings[i] = start.Ticks + (long)(span * Math.Sqrt(random.NextDouble()));
        }

        Array.Sort(openings);
        var activity = new double[supervisorCount];
        for (var s = 0; s < supervisorCount; s++)
        {
            activity[s] = (s > 0 ? activity[s - 1] : 0) + 0.2 + (random.NextDouble() * 1.8);
        }

        var seeds = new CaseSeed[openings.Length];
        var sequence = 0;
        var year = 0;
        for (var i = 0; i < openings.Length; i++)
        {
            var opened = new DateTime(Math.Min(openings[i], options.NowUtc.Ticks - TimeSpan.TicksPerHour), DateTimeKind.Utc);
            sequence = opened.Year == year ? sequence + 1 : 1;
            year = opened.Year;
            var pick = Array.BinarySearch(activity, random.NextDouble() * activity[^1]);
            seeds[i] = new CaseSeed(i, opened, sequence, Math.Min(pick < 0 ? ~pick : pick, supervisorCount - 1));
        }

        return seeds;
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(SqliteConnection connection)
    {
        string[] tables =
        [
            "OrgUnits", "AspNetUsers", "AspNetUserRoles", "ManagedOrgUnits", "Employees", "Cases", "CaseEmployees", "CaseFacts", "CasePossibleActions",
            "CaseDecisions", "CaseActionPlans", "CaseActionItems", "CaseFollowUps", "CaseOutcomes", "CaseStepOverrides", "CaseHistory",
        ];
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync() ?? 0L);
        }

        return counts;
    }

    private static async Task PragmaAsync(SqliteConnection connection, params string[] pragmas)
    {
        foreach (var pragma in pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
