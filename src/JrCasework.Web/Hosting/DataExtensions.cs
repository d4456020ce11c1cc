using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    /// <summary>The PKCS#12 file whose certificate encrypts the data-protection keys at rest, and its password.</summary>
    public const string KeyCertificatePathSetting = "DataProtection:Certificate:Path";

    public const string KeyCertificatePasswordSetting = "DataProtection:Certificate:Password";

    /// <summary>The database (SQLite in the data folder, created when missing, or PostgreSQL), a context factory and the database health check.</summary>
    public static WebApplicationBuilder AddJrCaseworkData(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = storage.ResolveDataDirectory(builder.Environment.ContentRootPath);

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
        // With a certificate they are stored encrypted (decision 022).
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("JrCasework");
        var keyCertificate = LoadKeyCertificate(builder.Configuration);
        if (keyCertificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(keyCertificate).UnprotectKeysWithAnyCertificate(keyCertificate);
        }

        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            RefuseUnsafeSharedSettings(builder, connectionString, keyCertificate is not null);
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
    private static void RefuseUnsafeSharedSettings(WebApplicationBuilder builder, string connectionString, bool keysEncrypted)
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

        // Whoever can read the database or a dump of it would otherwise hold the keys that sign everyone's sessions.
        if (!builder.Environment.IsDevelopment() && !keysEncrypted)
        {
            throw new InvalidOperationException(
                $"Database:Provider is PostgreSql, but {KeyCertificatePathSetting} is not set: the keys that sign every session would be stored unencrypted in the database. Give every instance the same certificate (a PKCS#12 file with its private key; README, \"Production\").");
        }
    }

    /// <summary>
    /// The certificate the data-protection keys are encrypted with (<c>DataProtection:Certificate:Path</c>, a PKCS#12
    /// file, and its <c>Password</c>), or null when none is configured. A file that cannot be opened stops the start:
    /// running on without it would leave the keys readable, or sign everyone out for good.
    /// </summary>
    private static X509Certificate2? LoadKeyCertificate(IConfiguration configuration)
    {
        if (configuration[KeyCertificatePathSetting] is not { Length: > 0 } path)
        {
            return null;
        }

        try
        {
            // An ephemeral key is never written to a key store; macOS does not offer one.
            var storage = OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[KeyCertificatePasswordSetting], storage);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{KeyCertificatePathSetting} ({path}) holds no private key: the keys could be encrypted but never read again.");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{KeyCertificatePathSetting} ({path}) cannot be opened with {KeyCertificatePasswordSetting}: {e.Message}", e);
        }
    }
}
