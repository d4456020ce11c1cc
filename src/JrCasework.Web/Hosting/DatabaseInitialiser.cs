using JrCasework.Data.Identity;
using JrCasework.Web.Demo;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Hosting;

/// <summary>
/// "InitialAdmin" section: the first administrator of a production installation; "InitialHr" the same for the first HR
/// user, who confirms the roles the administrator asks for (nobody else can, so it cannot be made in the application).
/// </summary>
public sealed class InitialAdminOptions
{
    public const string Section = "InitialAdmin";

    public const string HrSection = "InitialHr";

    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>The name shown; default "Administrator" or "HR".</summary>
    public string? DisplayName { get; set; }
}

internal static class DatabaseInitialiser
{
    /// <summary>
    /// Applies the provider's migrations, switches SQLite to WAL, makes sure the roles exist, then seeds demo data
    /// (when "DemoData:Enabled") or the initial administrator (from "InitialAdmin").
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialiser));
        var db = services.GetRequiredService<JrCaseworkDbContext>();

        await db.Database.MigrateAsync();
        if (!db.IsPostgreSql())
        {
            // Readers never wait for a writer (one process; several instances need PostgreSQL).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // Records from before the audit chain (decision 033) get their place in it, once.
        if (await AuditChain.SealUnsealedAsync(db) is > 0 and var sealedCount)
        {
            logger.LogInformation("Sealed {Count} audit records written before the audit chain began", sealedCount);
        }

        logger.LogInformation("Database ready: {Provider} at {DataSource}", db.IsPostgreSql() ? "PostgreSQL" : "SQLite", db.Database.GetDbConnection().DataSource);

        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        if (app.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            await DemoData.SeedAsync(db, userManager, services.GetRequiredService<TimeProvider>(), logger);
        }

        await EnsureFirstAsync(db, userManager, Roles.Admin, InitialAdminOptions.Section, app.Configuration, logger);
        await EnsureFirstAsync(db, userManager, Roles.Hr, InitialAdminOptions.HrSection, app.Configuration, logger);
    }

    /// <summary>Creates the first user of <paramref name="role"/> from the settings <paramref name="section"/>, when the role has nobody yet.</summary>
    private static async Task EnsureFirstAsync(
        JrCaseworkDbContext db, UserManager<ApplicationUser> userManager, string role, string section, IConfiguration configuration, ILogger logger)
    {
        if ((await userManager.GetUsersInRoleAsync(role)).Count > 0)
        {
            return;
        }

        var options = configuration.GetSection(section).Get<InitialAdminOptions>() ?? new InitialAdminOptions();
        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrWhiteSpace(options.Password))
        {
            logger.LogWarning(
                "No user has the role {Role} yet. Set the settings {Section}:Email and :Password (as environment variables with __ for :) and restart to create one",
                role, section);
            return;
        }

        var rootUnit = await db.OrgUnits.OrderBy(u => u.Id).FirstOrDefaultAsync(u => u.ParentId == null);
        if (rootUnit is null)
        {
            rootUnit = new OrgUnit("Organisation");
            db.OrgUnits.Add(rootUnit);
            await db.SaveChangesAsync();
        }

        var user = new ApplicationUser
        {
            UserName = options.Email,
            Email = options.Email,
            EmailConfirmed = true,
            DisplayName = options.DisplayName ?? (role == Roles.Admin ? "Administrator" : "HR"),
            OrgUnitId = rootUnit.Id,
        };
        var created = await userManager.CreateAsync(user, options.Password);
        if (!created.Succeeded)
        {
            logger.LogError("The first user with the role {Role} could not be created: {Errors}", role, string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }

        await userManager.AddToRoleAsync(user, role);
        logger.LogInformation("First user with the role {Role} created", role);
    }
}
