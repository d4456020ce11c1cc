using System.Security.Claims;
using JrCasework.Data.Identity;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account.Sessions;

/// <summary>
/// The server's record of every sign-in. The sign-in cookie carries a session id (<see cref="SessionClaim"/>); each
/// request and each interactive circuit's revalidation asks <see cref="IsActiveAsync"/>, so a session ended here (signed
/// out, idle, expired, signed out everywhere) stops working for every copy of its cookie on every instance.
/// </summary>
internal sealed class SessionStore(
    IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, IOptions<SignInSessionOptions> options, ILogger<SessionStore> logger)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string SessionClaim = "jr:sid";

    private SignInSessionOptions Options => options.Value;

    /// <summary>Last-seen times are written at most this often per session (a minute, or a tenth of a shorter idle timeout), so not every request writes.</summary>
    private TimeSpan TouchPrecision => TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerMinute, Options.IdleTimeout.Ticks / 10));

    /// <summary>How long the tab that signed out has to reach the sign-in page before the user's other tabs are told.</summary>
    private static readonly TimeSpan OwnSignOutHeadStart = TimeSpan.FromSeconds(2);

    /// <summary>Raised with a user's id after sessions of that user were ended here (open circuits then check theirs at once).</summary>
    public event Action<string>? SessionsEnded;

    /// <summary>The session a principal's cookie names, if any.</summary>
    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;

    /// <summary>Records a new sign-in of <paramref name="userId"/> and gives its id; forgets everyone's sessions older than <see cref="SignInSessionOptions.KeepFor"/>.</summary>
    public async Task<Guid> StartAsync(string userId, string method, HttpContext? request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The browser's own description, without control characters (a header may carry them; the database keeps none).
        var agent = TextLimit.WithoutUnusableCharacters(request?.Request.Headers.UserAgent.ToString() ?? "");
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Method = method,
            StartedAtUtc = now,
            LastSeenAtUtc = now,
            ClientAddress = request?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = string.IsNullOrEmpty(agent) ? null : agent[..Math.Min(agent.Length, UserSession.MaxUserAgentLength)],
        };
        await using var db = await dbFactory.CreateDbContextAsync();
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        var forgetBefore = now - Options.KeepFor;
        await db.UserSessions.Where(s => s.StartedAtUtc < forgetBefore).ExecuteDeleteAsync();
        return session.Id;
    }

    /// <summary>
    /// Whether <paramref name="principal"/>'s session is still going. A session past its idle timeout or its lifetime is
    /// ended here. With <paramref name="activity"/>, the session's last-seen time moves to now.
    /// </summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, bool activity)
    {
        if (SessionOf(principal) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (session is not { EndedAtUtc: null } || session.UserId != userId)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (LimitReached(session, now) is { } reason)
        {
            await EndWhereAsync(db, s => s.Id == id, reason, now);
            logger.LogInformation("Session ended: {Reason}", reason);
            return false;
        }

        if (activity && now - session.LastSeenAtUtc >= TouchPrecision)
        {
            await db.UserSessions.Where(s => s.Id == id && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAtUtc, now));
        }

        return true;
    }

    /// <summary>Ends one session (signing out).</summary>
    public async Task EndAsync(string userId, Guid id, SessionEnd reason)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await EndWhereAsync(db, s => s.Id == id && s.UserId == userId, reason, clock.GetUtcNow().UtcDateTime) > 0)
        {
            if (reason == SessionEnd.SignedOut)
            {
                // The tab that signed out is on its way to the sign-in page; told at once, its own circuit would race it
                // there and say the sign-in "ended elsewhere". The user's other tabs hear it a moment later. Real time,
                // not the clock: this is about the browser's round trip, not the user's day.
                _ = Task.Delay(OwnSignOutHeadStart).ContinueWith(_ => SessionsEnded?.Invoke(userId), TaskScheduler.Default);
                return;
            }

            SessionsEnded?.Invoke(userId);
        }
    }

    /// <summary>Ends every going session of <paramref name="userId"/>, except <paramref name="keep"/> when given; gives how many.</summary>
    public async Task<int> EndAllAsync(string userId, SessionEnd reason, Guid? keep = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ended = await EndWhereAsync(db, s => s.UserId == userId && s.Id != keep, reason, clock.GetUtcNow().UtcDateTime);
        if (ended > 0)
        {
            SessionsEnded?.Invoke(userId);
        }

        return ended;
    }

    /// <summary>The user's sessions, newest first.</summary>
    public async Task<IReadOnlyList<UserSession>> RecentAsync(string userId, int count)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId)
            .OrderByDescending(s => s.StartedAtUtc).Take(count).ToListAsync();
    }

    /// <summary>How a session that has not been marked ended stands at <paramref name="now"/>: null while it is going.</summary>
    public SessionEnd? LimitReached(UserSession session, DateTime now) =>
        now >= session.StartedAtUtc + Options.AbsoluteLifetime ? SessionEnd.Expired
        : now >= session.LastSeenAtUtc + Options.IdleTimeout ? SessionEnd.IdleTimeout
        : null;

    private static Task<int> EndWhereAsync(
        JrCaseworkDbContext db, System.Linq.Expressions.Expression<Func<UserSession, bool>> which, SessionEnd reason, DateTime now) =>
        db.UserSessions.Where(which).Where(s => s.EndedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAtUtc, now).SetProperty(s => s.EndReason, reason));
}
