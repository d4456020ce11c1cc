using JrCasework.Data.Identity;
using JrCasework.Web.Demo;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Hosting;

/// <summary>"InitialAdmin" section: the first administrator of a production installation.</summary>
public sealed class InitialAdminOptions
{
    public const string Section = "InitialAdmin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Administrator";
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

        var initialAdmin = app.Configuration.GetSection(InitialAdminOptions.Section).Get<InitialAdminOptions>() ?? new InitialAdminOptions();
        await EnsureAdministratorAsync(db, userManager, initialAdmin, logger);
    }

    private static async Task EnsureAdministratorAsync(
        JrCaseworkDbContext db, UserManager<ApplicationUser> userManager, InitialAdminOptions options, ILogger logger)
    {
        if ((await userManager.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrWhiteSpace(options.Password))
        {
            logger.LogWarning(
                "No administrator exists yet. Set InitialAdmin:Email and InitialAdmin:Password (for example the environment variables InitialAdmin__Email and InitialAdmin__Password) and restart to create one");
            return;
        }

        var rootUnit = await db.OrgUnits.OrderBy(u => u.Id).FirstOrDefaultAsync(u => u.ParentId == null);
        if (rootUnit is null)
        {
            rootUnit = new OrgUnit("Organisation");
            db.OrgUnits.Add(rootUnit);
            await db.SaveChangesAsync();
        }

        var admin = new ApplicationUser
        {
            UserName = options.Email,
            Email = options.Email,
            EmailConfirmed = true,
            DisplayName = options.DisplayName,
            OrgUnitId = rootUnit.Id,
        };
        var created = await userManager.CreateAsync(admin, options.Password);
        if (!created.Succeeded)
        {
            logger.LogError("The initial administrator could not be created: {Errors}", string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }

        await userManager.AddToRoleAsync(admin, Roles.Admin);
        logger.LogInformation("Initial administrator {Email} created", options.Email);
    }
}
