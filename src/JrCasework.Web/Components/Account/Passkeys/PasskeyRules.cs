using System.Buffers.Text;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Components.Account.Passkeys;

/// <summary>What the passkey pages check and say (decision 031): names, how many, and what the browser reported.</summary>
internal static class PasskeyRules
{
    /// <summary>A name tells a user's passkeys apart in the list ("Work laptop", "Phone"): a label, not a text.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Enough for every device a person uses; a bound for the account's row in the database.</summary>
    public const int MaxPerUser = 10;

    /// <summary>How a passkey is named in a form: its credential id, base64url.</summary>
    public static string IdOf(UserPasskeyInfo passkey) => Base64Url.EncodeToString(passkey.CredentialId);

    /// <summary>The credential id a form sent, or null when it is no base64url at all.</summary>
    public static byte[]? ParseId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 2048 || !Base64Url.IsValid(id))
        {
            return null;
        }

        return Base64Url.DecodeFromChars(id);
    }

    /// <summary>What is wrong with <paramref name="name"/> as a passkey's name, in the user's language, or null when nothing is.</summary>
    public static string? NameProblem(string? name, IStringLocalizer<SharedResource> texts)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return texts["Validation.Required"].Value;
        }

        return TextLimit.Check(name.Trim(), MaxNameLength) switch
        {
            TextProblem.TooLong => texts["Validation.MaxLength", MaxNameLength].Value,
            TextProblem.UnusableCharacter => texts["Validation.UnusableCharacter"].Value,
            _ => null,
        };
    }

    /// <summary>
    /// The message for what the browser reported instead of a passkey (a DOMException's name, see js/passkeys.js):
    /// cancelled or timed out, a device that already holds one for this account, no passkeys in this browser; said
    /// differently when <paramref name="adding"/> one in the profile than when signing in.
    /// </summary>
    public static string ProblemKey(string problem, bool adding) => (problem, adding) switch
    {
        ("InvalidStateError", true) => "Passkeys.AlreadyOnDevice",
        ("NotAllowedError" or "AbortError", _) => adding ? "Passkeys.AddCancelled" : "Passkeys.Cancelled",
        ("NotSupportedError" or "SecurityError", _) => adding ? "Passkeys.AddNotSupported" : "Passkeys.NotSupported",
        _ => adding ? "Passkeys.AddFailed" : "Passkeys.Failed",
    };
}
