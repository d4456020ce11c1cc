using System.Net;
using System.Text;
using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.Mail;
using JrCasework.Web.Components.Account.Sessions;
using JrCasework.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account.PasswordReset;

/// <summary>
/// "Forgot your password?": a mail with a link that works for <see cref="PasswordResetOptions.LinkLifetime"/> and once,
/// to the account's own address. Asking says the same whether or not an account has the address (decision 029).
/// </summary>
internal sealed class PasswordResets(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIns,
    AccountMailer mailer,
    ResetMailLimit limit,
    PublicLinks links,
    IOptions<PasswordResetOptions> options,
    IOptionsMonitor<MailOptions> mail,
    IStringLocalizer<SharedResource> texts,
    SessionStore sessions,
    AccountNotices notices,
    ILogger<PasswordResets> logger)
{
    /// <summary>Whether mails can go out at all (a mail server is set); otherwise an administrator sets new passwords.</summary>
    public bool IsAvailable => mail.CurrentValue.IsConfigured;

    /// <summary>Sends the reset mail if an active account has <paramref name="email"/>; does nothing visible otherwise.</summary>
    public async Task RequestAsync(string email)
    {
        if (!IsAvailable)
        {
            return;
        }

        // Only an account that may sign in (not disabled, not waiting for HR) gets a link.
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is not { Email: { } address } || !await signIns.CanSignInAsync(user))
        {
            logger.LogInformation("Password reset asked for no active account");
            return;
        }

        if (!limit.TryTake(user.Id))
        {
            logger.LogWarning("Password reset for {UserId} not sent: {Max} in the last hour", user.Id, options.Value.MaxMailsPerHour);
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = links.Relative($"Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        mailer.Enqueue(address, Compose(user, link));
        logger.LogInformation("Password reset mail queued for {UserId}", user.Id);
    }

    /// <summary>
    /// Sets <paramref name="newPassword"/> if the link's code is good; null when the link is not (unknown user, used,
    /// or expired). Every sign-in of the account ends, and a temporary password counts as replaced.
    /// </summary>
    public async Task<IdentityResult?> ResetAsync(string? userId, string? code, string newPassword)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || Token(code) is not { } token || !await signIns.CanSignInAsync(user))
        {
            return null;
        }

        // Saved with the new password in one write, if the token holds: a temporary password counts as replaced, the lockout ends.
        user.MustChangePassword = false;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return null;
        }

        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, SessionEnd.PasswordChanged);
            logger.LogInformation("Password of {UserId} reset through the mailed link", user.Id);
            notices.Tell(user, AccountChange.PasswordReset);
        }

        return result;
    }

    private static string? Token(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private MailMessageText Compose(ApplicationUser user, Uri link)
    {
        using var _ = CultureScope.Use(user.PreferredCulture);
        var minutes = (int)options.Value.LinkLifetime.TotalMinutes;
        var subject = texts["Reset.MailSubject"].Value;
        var body = texts["Reset.MailBody", user.DisplayName, minutes].Value;
        var notYou = texts["Reset.MailNotYou"].Value;
        var text = string.Join("\r\n", body, string.Empty, link.ToString(), string.Empty, notYou);
        var html = $"""
            <p>{WebUtility.HtmlEncode(body)}</p>
            <p><a href="{WebUtility.HtmlEncode(link.ToString())}">{WebUtility.HtmlEncode(texts["Reset.MailLink"].Value)}</a></p>
            <p style="color:#666;font-size:small">{WebUtility.HtmlEncode(notYou)}</p>
            """;
        return new MailMessageText(subject, text, html);
    }
}
