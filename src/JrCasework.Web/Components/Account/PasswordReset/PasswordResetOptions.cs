namespace JrCasework.Web.Components.Account.PasswordReset;

/// <summary>Password reset by e-mail (settings section <c>PasswordReset</c>, decision 029).</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>How long the link in the mail works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many reset mails one account gets in an hour at most (asking more sends nothing, and says the same).</summary>
    public int MaxMailsPerHour { get; set; } = 3;
}
