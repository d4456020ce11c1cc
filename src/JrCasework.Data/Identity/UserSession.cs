namespace JrCasework.Data.Identity;

/// <summary>
/// One sign-in, kept on the server: the cookie carries only its id, so ending it here ends it for every copy of that
/// cookie, on every instance. Shown to its user as a recent sign-in.
/// </summary>
public sealed class UserSession
{
    /// <summary>The longest client description kept (a browser's User-Agent header, cut off).</summary>
    public const int MaxUserAgentLength = 400;

    /// <summary>The random id the sign-in cookie carries.</summary>
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>How the user proved who they are (the sign-in's <c>amr</c>: pwd, mfa, passkey, external).</summary>
    public string Method { get; set; } = string.Empty;

    public DateTime StartedAtUtc { get; set; }

    /// <summary>The last request or user input seen in this session (kept to the minute).</summary>
    public DateTime LastSeenAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public SessionEnd? EndReason { get; set; }

    /// <summary>The address the sign-in came from, as the server saw it (behind a proxy: the forwarded client).</summary>
    public string? ClientAddress { get; set; }

    public string? UserAgent { get; set; }
}

/// <summary>Why a session ended.</summary>
public enum SessionEnd
{
    SignedOut,
    SignedOutEverywhere,
    IdleTimeout,
    Expired,
    PasswordChanged,
    EndedByAdministrator,
}
