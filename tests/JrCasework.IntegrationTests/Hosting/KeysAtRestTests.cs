using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JrCasework.Data;
using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Npgsql;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// The data-protection keys sign every session cookie: whoever reads them can sign in as anyone. With a certificate
/// configured (<c>DataProtection:Certificate:Path</c>) they are stored encrypted, in the data folder or the database,
/// and an instance restarted with the same certificate still accepts the cookies it issued.
/// </summary>
public sealed class KeysAtRestTests : IDisposable
{
    private const string Password = "a-test-certificate-password";
    private readonly string _certificateFile = Path.Combine(Path.GetTempPath(), "jrcasework-tests", $"keys-{Guid.NewGuid():N}.pfx");

    public KeysAtRestTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=JR Casework keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(Path.GetDirectoryName(_certificateFile)!);
        File.WriteAllBytes(_certificateFile, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public void Dispose() => File.Delete(_certificateFile);

    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndARestartedInstanceAcceptsItsCookies()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "jrcasework-tests", Guid.NewGuid().ToString("N"));
        var cookies = new CookieContainer();
        string storedKeys;
        await using (var first = WithCertificate(new JrCaseworkFactory(dataDirectory) { DeleteDataDirectory = false }))
        {
            using var client = first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
            using var signIn = await BrowserLikeClient.PostFormAsync(client, "/Account/Login", "login", new()
            {
                ["Input.Email"] = DemoData.SupervisorProduction.Email,
                ["Input.Password"] = DemoData.Password,
            });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            storedKeys = await StoredKeysAsync(first);
        }

        Assert.Contains("<encryptedSecret", storedKeys, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", storedKeys, StringComparison.Ordinal);

        await using var second = WithCertificate(new JrCaseworkFactory(dataDirectory) { SeedDemoData = false });
        using var again = second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.OK, await again.StatusOfAsync("/cases"));
    }

    [Fact]
    public async Task WithoutACertificate_OnPostgreSqlOutsideDevelopment_AnInstanceDoesNotStart()
    {
        await using var factory = new JrCaseworkFactory { Provider = DatabaseProvider.PostgreSql, SeedDemoData = false };
        factory.Settings["environment"] = "Production";
        factory.Settings["ConnectionStrings:JrCasework"] =
            new NpgsqlConnectionStringBuilder(TestDatabase.PostgreSqlConnectionString(factory.PostgreSqlDatabase)) { IncludeErrorDetail = false }.ToString();

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("DataProtection:Certificate:Path", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongCertificatePassword_IsRefusedAtStart_WithoutThePassword()
    {
        await using var factory = WithCertificate(new JrCaseworkFactory { SeedDemoData = false });
        factory.Settings["DataProtection:Certificate:Password"] = "not-the-password";

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("DataProtection:Certificate", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", refused.ToString(), StringComparison.Ordinal);
    }

    private JrCaseworkFactory WithCertificate(JrCaseworkFactory factory)
    {
        factory.Settings["DataProtection:Certificate:Path"] = _certificateFile;
        factory.Settings["DataProtection:Certificate:Password"] = Password;
        return factory;
    }

    /// <summary>The key ring as stored: the XML files in the data folder (SQLite) or the rows of the database (PostgreSQL).</summary>
    private static async Task<string> StoredKeysAsync(JrCaseworkFactory factory)
    {
        if (factory.Provider == DatabaseProvider.PostgreSql)
        {
            await using var db = factory.CreateDbContext();
            return string.Concat(await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        }

        var files = Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys"), "*.xml");
        Assert.NotEmpty(files);
        return string.Concat(await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f))));
    }
}
