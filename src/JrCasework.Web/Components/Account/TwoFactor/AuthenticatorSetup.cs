using System.Globalization;
using System.Text;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace JrCasework.Web.Components.Account.TwoFactor;

/// <summary>
/// What an authenticator app needs to start making codes for a user: the shared key, in groups of four to type, and
/// the same as an <c>otpauth://</c> address in a QR code to scan. The QR code is an image made here (no script).
/// </summary>
internal static class AuthenticatorSetup
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key as people type it: lower case, in groups of four.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The QR code of the <c>otpauth://</c> address, as a PNG data address for an image.</summary>
    public static string QrImage(string email, string key)
    {
        var issuer = Uri.EscapeDataString(TwoFactorOptions.Issuer);
        var address = string.Create(
            CultureInfo.InvariantCulture, $"otpauth://totp/{issuer}:{Uri.EscapeDataString(email)}?secret={key}&issuer={issuer}&digits=6");
        using var data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>Whether <paramref name="code"/>, as typed, is the app's current code for <paramref name="user"/>.</summary>
    public static Task<bool> IsCurrentCodeAsync(UserManager<ApplicationUser> users, ApplicationUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code));

    /// <summary>The code without the spaces and hyphens people type between the digits.</summary>
    public static string Digits(string? code) => new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);
}
