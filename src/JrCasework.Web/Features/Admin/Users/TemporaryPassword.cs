using System.Security.Cryptography;

namespace JrCasework.Web.Features.Admin.Users;

/// <summary>A random password an administrator can hand to a user, who must replace it at the next sign-in.</summary>
public static class TemporaryPassword
{
    // No 0/O, 1/l/I: the password is read out over the phone or copied from a note.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    /// <summary>
    /// Three groups of four characters (e.g. <c>Hk7p-wQ3m-Ra9x</c>): fourteen characters, over 60 bits of randomness,
    /// with a capital, a small letter and a digit in every group, so it is easy to read out and never a common password.
    /// </summary>
    public static string Generate() => string.Join('-', Enumerable.Range(0, 3).Select(_ => Group()));

    private static string Group()
    {
        char[] group = [Pick(Upper), Pick(Lower), Pick(Digits), Pick(Upper + Lower + Digits)];
        RandomNumberGenerator.Shuffle(group.AsSpan());
        return new string(group);
    }

    private static char Pick(string characters) => characters[RandomNumberGenerator.GetInt32(characters.Length)];
}
