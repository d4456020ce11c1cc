using System.Net;
using JrCasework.Data.Identity;
using JrCasework.Web.Features.Reminders;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account.Mail;

/// <summary>What changed about how an account signs in.</summary>
public enum AccountChange
{
    PasswordChanged,
    PasswordReset,
    TwoFactorOn,
    TwoFactorOff,
    NewRecoveryCodes,
    NewAuthenticator,
    PasskeyAdded,
    PasskeyRemoved,
}

/// <summary>
/// Tells a user by mail, in their language, when how their account signs in changed, so a change they did not make
/// does not go unnoticed (ASVS 2.5.5; decision 029). Nothing is sent without a mail server or an address.
/// </summary>
internal sealed class AccountNotices(AccountMailer mailer, PublicLinks links, IOptionsMonitor<MailOptions> mail, IStringLocalizer<SharedResource> texts)
{
    public void Tell(ApplicationUser user, AccountChange change)
    {
        if (!mail.CurrentValue.IsConfigured || string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        using var _ = CultureScope.Use(user.PreferredCulture);
        var subject = texts["Notice.Subject"].Value;
        var what = texts[$"Notice.{change}", user.DisplayName].Value;
        var notYou = texts["Notice.NotYou"].Value;
        var signIns = links.Relative("Account/Manage/Sessions");
        var text = string.Join("\r\n", what, string.Empty, notYou, signIns.ToString());
        var html = $"""
            <p>{WebUtility.HtmlEncode(what)}</p>
            <p>{WebUtility.HtmlEncode(notYou)} <a href="{WebUtility.HtmlEncode(signIns.ToString())}">{WebUtility.HtmlEncode(signIns.ToString())}</a></p>
            """;
        mailer.Enqueue(user.Email, new MailMessageText(subject, text, html));
    }
}
