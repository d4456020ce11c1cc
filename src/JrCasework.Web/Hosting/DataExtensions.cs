using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JrCasework.Web.Hosting;

/// <summary>"Database" section: which database JR Casework runs on.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The connection string's name under "ConnectionStrings" (for PostgreSQL).</summary>
    public const string ConnectionStringName = "JrCasework";

    /// <summary><c>Sqlite</c> (default: one file in the data folder) or <c>PostgreSql</c> (ConnectionStrings:JrCasework).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

internal static class DataExtensions
{
    /// <summary>The secret behind the codes in reports (<c>Pseudonyms</c>); required when instances share a PostgreSQL database.</summary>
    public const string PseudonymKeySetting = "Reports:PseudonymKey";

    /// <summary>The database (SQLite in the data folder, created when missing, or PostgreSQL), a context factory and the database health check.</summary>
    public static WebApplicationBuilder AddJrCaseworkData(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = storage.ResolveDataDirectory(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = database.Provider switch
        {
            DatabaseProvider.PostgreSql => builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
                ? configured
                : throw new InvalidOperationException(
                    $"Database:Provider is PostgreSql, but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."),
            _ => new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, storage.DatabaseFile),
                ForeignKeys = true,
                Pooling = true,
            }.ToString(),
        };

        // Sign-in cookies and antiforgery tokens survive a restart, and on PostgreSQL are accepted by every instance:
        // the data-protection keys live beside the database, or in it. One application name, wherever an instance runs.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("JrCasework");
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            RefuseUnsafeSharedSettings(builder, connectionString);
            dataProtection.PersistKeysToDbContext<JrCaseworkDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        }

        builder.Services.AddDbContextFactory<JrCaseworkDbContext>(options => options.UseJrCaseworkDatabase(database.Provider, connectionString));
        builder.Services.AddDatabaseDeveloperPageExceptionFilter();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<JrCaseworkDbContext>("database", tags: [PipelineExtensions.ReadyTag])
            .AddCheck<MigrationsHealthCheck>(MigrationsHealthCheck.Name, tags: [PipelineExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>Settings several instances on one PostgreSQL database cannot run with: refused at start, with the reason.</summary>
    private static void RefuseUnsafeSharedSettings(WebApplicationBuilder builder, string connectionString)
    {
        // With error detail on, Npgsql's error messages quote the refused row, and so case content would reach the logs.
        if (!builder.Environment.IsDevelopment() && new NpgsqlConnectionStringBuilder(connectionString).IncludeErrorDetail)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} has Include Error Detail on: error messages would carry case content into the logs. Switch it off outside Development.");
        }

        // Each instance would otherwise make its own pseudonym key in its own data folder, and a supervisor's or case's
        // code in reports would depend on the instance that made the report.
        if (string.IsNullOrWhiteSpace(builder.Configuration[PseudonymKeySetting]))
        {
            throw new InvalidOperationException(
                $"Database:Provider is PostgreSql, but {PseudonymKeySetting} is not set: give every instance the same secret key for the codes in reports.");
        }
    }
}
