using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Demo;

/// <summary>A demo account: printed in the README and in the start-up log.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role, string OrgUnit, IReadOnlyList<string> ManagedUnits);

/// <summary>
/// One demo organisation with three departments, employees and an account for every role.
/// Only seeded when demo data is enabled; never in a production installation unless asked for.
/// </summary>
public static class DemoData
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "JrDemo-2026-01";

    public const string OrganisationName = "Van Dijk Verpakkingen";
    public const string Production = "Production";
    public const string Logistics = "Logistics";
    public const string CustomerService = "Customer Service";

    public static readonly DemoAccount Admin = new("admin@example.com", "Ahmed El Amrani", Roles.Admin, OrganisationName, []);
    public static readonly DemoAccount Hr = new("hr@example.com", "Eva Bakker", Roles.Hr, OrganisationName, []);
    public static readonly DemoAccount PrivacyOfficer = new("privacy@example.com", "Noor Hendriks", Roles.PrivacyOfficer, OrganisationName, []);
    public static readonly DemoAccount Manager = new("manager@example.com", "Karin Janssen", Roles.Manager, OrganisationName, [Production, Logistics]);
    public static readonly DemoAccount SupervisorProduction = new("sanne@example.com", "Sanne de Vries", Roles.Supervisor, Production, []);
    public static readonly DemoAccount SupervisorLogistics = new("tom@example.com", "Tom Peeters", Roles.Supervisor, Logistics, []);

    public static IReadOnlyList<DemoAccount> Accounts { get; } = [Admin, Hr, PrivacyOfficer, Manager, SupervisorProduction, SupervisorLogistics];

    private static readonly (string Name, string Number, string Unit)[] Employees =
    [
        ("Jan Smit", "P-1001", Production),
        ("Fatima Yilmaz", "P-1002", Production),
        ("Pieter de Boer", "P-1003", Production),
        ("Lotte Visser", "P-1004", Production),
        ("Mohamed Amrani", "P-1005", Production),
        ("Kees Mulder", "P-1006", Production),
        ("Anouk Jacobs", "L-2001", Logistics),
        ("Dirk Willems", "L-2002", Logistics),
        ("Sofie Claes", "L-2003", Logistics),
        ("Bram Hendriks", "L-2004", Logistics),
        ("Ilse Vermeulen", "L-2005", Logistics),
        ("Noah Dekker", "C-3001", CustomerService),
        ("Emma Wouters", "C-3002", CustomerService),
        ("Lucas Maes", "C-3003", CustomerService),
    ];

    /// <summary>Seeds the demo organisation and its demo cases once; later starts leave existing data alone.</summary>
    public static async Task SeedAsync(JrCaseworkDbContext db, UserManager<ApplicationUser> userManager, TimeProvider clock, ILogger logger)
    {
        if (await userManager.FindByEmailAsync(Admin.Email) is null)
        {
            var units = await SeedOrgUnitsAsync(db);
            var users = new Dictionary<string, ApplicationUser>();
            foreach (var account in Accounts)
            {
                users[account.Email] = await CreateAccountAsync(userManager, account, units);
            }

            var supervisorOf = new Dictionary<string, string>
            {
                [Production] = users[SupervisorProduction.Email].Id,
                [Logistics] = users[SupervisorLogistics.Email].Id,
            };
            foreach (var (name, number, unit) in Employees)
            {
                db.Employees.Add(new Employee(name, number, units[unit].Id, supervisorOf.GetValueOrDefault(unit)));
            }

            await db.SaveChangesAsync();
        }

        // "Now" comes from the application's TimeProvider (resolved through the context's application
        // services), so tests can pin the clock the demo cases are dated against.
        await DemoCases.SeedAsync(db, clock.GetUtcNow().UtcDateTime, logger);
        await DemoFoundations.SeedAsync(db, clock.GetUtcNow().UtcDateTime);

        foreach (var account in Accounts)
        {
            logger.LogInformation("Demo account {Email} ({Role}) with password {Password}", account.Email, account.Role, Password);
        }
    }

    private static async Task<Dictionary<string, OrgUnit>> SeedOrgUnitsAsync(JrCaseworkDbContext db)
    {
        var root = new OrgUnit(OrganisationName);
        db.OrgUnits.Add(root);
        await db.SaveChangesAsync();

        var units = new Dictionary<string, OrgUnit> { [OrganisationName] = root };
        foreach (var name in new[] { Production, Logistics, CustomerService })
        {
            units[name] = new OrgUnit(name, root.Id);
            db.OrgUnits.Add(units[name]);
        }

        await db.SaveChangesAsync();
        return units;
    }

    private static async Task<ApplicationUser> CreateAccountAsync(
        UserManager<ApplicationUser> userManager, DemoAccount account, Dictionary<string, OrgUnit> units)
    {
        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrgUnitId = units[account.OrgUnit].Id,
        };
        foreach (var managed in account.ManagedUnits)
        {
            user.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = units[managed].Id });
        }

        var result = await userManager.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }

        await userManager.AddToRoleAsync(user, account.Role);
        return user;
    }
}
