using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using JrCasework.Data.Identity;

namespace JrCasework.Web.Components.Account.Passkeys;

/// <summary>
/// Makes every passkey challenge good for one answer (decision 031): an answer whose challenge was used before is
/// refused, whichever instance sees it, however its cookie was kept (<see cref="UsedPasskeyChallenge"/>).
/// </summary>
internal sealed class PasskeyChallenges(IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Longer than any challenge lives (Identity's two-step cookie, five minutes).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);

    /// <summary>Records the challenge <paramref name="credentialJson"/> answers; false when it was answered before, or names none.</summary>
    public async Task<bool> UseAsync(string credentialJson)
    {
        if (ChallengeOf(credentialJson) is not { } challenge)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.UsedPasskeyChallenges.Where(c => c.UsedAtUtc < now - KeptFor).ExecuteDeleteAsync();
        db.UsedPasskeyChallenges.Add(new UsedPasskeyChallenge { Hash = SHA256.HashData(challenge), UsedAtUtc = now });
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    /// <summary>The challenge in the client data of a browser's answer, or null when the answer has none.</summary>
    private static byte[]? ChallengeOf(string credentialJson)
    {
        try
        {
            using var credential = JsonDocument.Parse(credentialJson);
            var clientData = Base64Url.DecodeFromChars(credential.RootElement.GetProperty("response").GetProperty("clientDataJSON").GetString());
            using var data = JsonDocument.Parse(clientData);
            return data.RootElement.GetProperty("challenge").GetString() is { Length: > 0 } challenge ? System.Text.Encoding.UTF8.GetBytes(challenge) : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
