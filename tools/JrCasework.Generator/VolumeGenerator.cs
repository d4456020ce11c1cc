using System.Diagnostics;
using JrCasework.Data;
using JrCasework.Data.Identity;
using JrCasework.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Generator;

/// <summary>
/// Creates a new database (a SQLite file or a PostgreSQL database) with that provider's real migrations and fills it
/// with a generated organisation (a tree of units, supervisors, managers, HR, employees) and cases walked through the
/// domain's own methods, so every row obeys the rules the application enforces. The same options give the same data
/// (apart from the concurrency tokens the domain draws itself).
/// </summary>
public sealed partial class VolumeGenerator(GeneratorOptions options, TextWriter log)
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

    private static readonly string[] Tables =
    [
        "OrgUnits", "AspNetUsers", "AspNetUserRoles", "ManagedOrgUnits", "Employees", "Cases", "CaseEmployees", "CaseFacts", "CasePossibleActions",
        "CaseDecisions", "CaseActionPlans", "CaseActionItems", "CaseFollowUps", "CaseOutcomes", "CaseStepOverrides", "CaseStepTimes", "CaseHistory",
        "CaseReviews",
    ];

    /// <summary>Why the target must not be filled (an existing file, a database with tables), or null when it may.</summary>
    public async Task<string?> RefusalAsync(CancellationToken cancellationToken = default)
    {
        await using var store = VolumeStore.For(options);
        return await store.RefusalAsync(cancellationToken);
    }

    /// <summary>Creates the database and generates everything; prints progress to the log writer.</summary>
    public async Task<GeneratorResult> RunAsync(CancellationToken cancellationToken = default)
    {
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        await using var store = VolumeStore.For(options);
        if (await store.RefusalAsync(cancellationToken) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        await store.CreateAsync(cancellationToken);
        log.WriteLine($"Database created: {store.Description} ({stopwatch.Elapsed:mm\\:ss})");
        var contextOptions = store.ContextOptions;

        var supervisors = await CreateOrganisationAsync(contextOptions, random, cancellationToken);
        log.WriteLine($"Organisation: {options.Units} units, {supervisors.Count} supervisors, {supervisors.Sum(s => s.Team.Count)} employees ({stopwatch.Elapsed:mm\\:ss})");

        await CreateCasesAsync(contextOptions, random, supervisors, stopwatch, cancellationToken);
        await CreateReviewsAsync(contextOptions, cancellationToken);
        log.WriteLine($"HR reviews written ({stopwatch.Elapsed:mm\\:ss})");
        var size = await store.FinishAsync(cancellationToken);
        log.WriteLine($"Finished ({stopwatch.Elapsed:mm\\:ss})");

        var counts = await store.CountRowsAsync(Tables, cancellationToken);
        stopwatch.Stop();
        return new GeneratorResult(counts, stopwatch.Elapsed, size);
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
}
