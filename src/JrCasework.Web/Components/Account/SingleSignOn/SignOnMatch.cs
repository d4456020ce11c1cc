using System.Text;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Components.Account.SingleSignOn;

/// <summary>How the provider's answer finds an account, and no other (decision 032).</summary>
internal static class SignOnMatch
{
    /// <summary>
    /// Whether the provider's address is the account's: ASCII letters without regard to case, anything else exactly.
    /// Identity's look-up upper-cases with the culture's rules, which make "ſ" an "S"; that alone opens no account.
    /// </summary>
    public static bool SameAddress(string? stored, string given) =>
        stored is not null && (Ascii.IsValid(stored) && Ascii.IsValid(given)
            ? Ascii.EqualsIgnoreCase(stored, given)
            : string.Equals(stored, given, StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="user"/> belongs to the provider's <paramref name="subject"/>: the first sign-on records
    /// the subject (Identity's external login), every later one must bring the same.
    /// </summary>
    public static async Task<bool> TiedToAsync(UserManager<ApplicationUser> users, ApplicationUser user, string subject)
    {
        var tied = (await users.GetLoginsAsync(user)).FirstOrDefault(login => login.LoginProvider == SingleSignOnOptions.Scheme);
        if (tied is not null)
        {
            return tied.ProviderKey == subject;
        }

        return (await users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnOptions.Scheme, subject, null))).Succeeded;
    }
}
