namespace JrCasework.Data.Identity;

/// <summary>
/// A passkey challenge that has been answered (decision 031). Identity keeps a challenge only in a cookie of the
/// browser, so a copied cookie and answer could be sent again within its five minutes; a challenge recorded here is
/// refused the second time, on every instance. Kept a little longer than a challenge lives, then deleted.
/// </summary>
public sealed class UsedPasskeyChallenge
{
    /// <summary>The SHA-256 of the challenge as the browser's answer gives it.</summary>
    public byte[] Hash { get; set; } = [];

    public DateTime UsedAtUtc { get; set; }
}
