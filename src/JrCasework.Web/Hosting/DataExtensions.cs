using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace JrCasework.Web.Hosting;

internal static class DataExtensions
{
    /// <summary>SQLite in the data folder (created when missing), a context factory and the database health check.</summary>
    public static WebApplicationBuilder AddJrCaseworkData(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = storage.ResolveDataDirectory(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, storage.DatabaseFile),
            ForeignKeys = true,
            Pooling = true,
        }.ToString();

        // Sign-in cookies survive a restart: the data-protection keys live beside the database.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        builder.Services.AddDbContextFactory<JrCaseworkDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddDatabaseDeveloperPageExceptionFilter();
        builder.Services.AddHealthChecks().AddDbContextCheck<JrCaseworkDbContext>("database");
        return builder;
    }
}
