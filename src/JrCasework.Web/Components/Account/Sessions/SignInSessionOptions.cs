namespace JrCasework.Web.Components.Account.Sessions;

/// <summary>How long a sign-in lasts (settings section <c>Sessions</c>).</summary>
internal sealed class SignInSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session without a request or user input for this long ends (default 30 minutes).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however active (default 12 hours).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often an open interactive page checks that its session still holds (default 1 minute).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often, at most, a page tells the server that its user is typing or clicking (default 1 minute).</summary>
    public TimeSpan ActivitySignalInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a session is kept for the user's list of recent sign-ins (default 90 days).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(90);
}
