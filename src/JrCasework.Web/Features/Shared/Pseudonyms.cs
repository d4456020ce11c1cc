using System.Security.Cryptography;
using System.Text;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// Stable pseudonyms for reports and exports: the same supervisor or case always gets the same code
/// (so exports from different days can be compared), but the code cannot be turned back into a
/// person or case without the secret key. The key is <c>Reports:PseudonymKey</c> when set (required on PostgreSQL,
/// where several instances share the database), otherwise a random key kept in the data folder
/// (<c>keys/pseudonyms.key</c>), created on first use.
/// </summary>
internal sealed class Pseudonyms
{
    private readonly byte[] _key;

    public Pseudonyms(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration[Hosting.DataExtensions.PseudonymKeySetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _key = Encoding.UTF8.GetBytes(configured);
            return;
        }

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var file = Path.Combine(storage.ResolveDataDirectory(environment.ContentRootPath), "keys", "pseudonyms.key");
        _key = LoadOrCreate(file);
    }

    /// <summary>Uses <paramref name="key"/>; for tests and tools.</summary>
    public Pseudonyms(byte[] key) => _key = key;

    /// <summary>A supervisor's code, e.g. <c>S-7KQ2MD</c>.</summary>
    public string Supervisor(string userId) => "S-" + Code("supervisor:" + userId, 6);

    /// <summary>A case's code, e.g. <c>C-4HX9T2PA</c>.</summary>
    public string Case(int caseId) => "C-" + Code("case:" + caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), 8);

    private string Code(string value, int length)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value));
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var code = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            code.Append(alphabet[hash[i] % alphabet.Length]);
        }

        return code.ToString();
    }

    private static byte[] LoadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            stream.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another instance created it at the same moment: use theirs.
            return File.ReadAllBytes(file);
        }
    }
}
