using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JrCasework.Web.Features.Calendar;

/// <summary>An .ics file to download: its name and its text.</summary>
internal sealed record CalendarFile(string FileName, string Text);

/// <summary>
/// The private calendar feed of each user and the calendar file of one follow-up. The feed address
/// carries a random secret; only its SHA-256 is stored, so the address is shown once, when it is made
/// (docs/decisions/009-calendar-feed.md). Neither the feed nor the file holds case content.
/// </summary>
internal sealed class CalendarFeeds(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    FollowUpCalendar calendar,
    PublicLinks links,
    ILogger<CalendarFeeds> logger)
{
    private const int SecretBytes = 32;

    /// <summary>Base64url of 32 bytes, without padding.</summary>
    private const int TokenLength = 43;

    /// <summary>
    /// Gives the caller a new feed address and returns it; it cannot be shown again. An address made
    /// before stops working at once. A calendar fetches the feed without the user's browser, so the feed
    /// speaks the user's chosen language; a user who chose none gets the language they make the address in
    /// (it becomes their choice, shown on the reminders page, where they can change it).
    /// </summary>
    public async Task<Uri> RenewAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var hash = Hash(token);
        var language = CultureScope.Supported(CultureInfo.CurrentUICulture.Name);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == viewer.UserId)
            .ExecuteUpdateAsync(
                set => set.SetProperty(u => u.CalendarTokenHash, hash).SetProperty(u => u.PreferredCulture, u => u.PreferredCulture ?? language),
                cancellationToken);
        logger.LogInformation("Calendar feed address renewed by {UserId}", viewer.UserId);
        return links.Relative($"calendar/{token}.ics");
    }

    /// <summary>Stops the caller's feed: its address no longer works.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == viewer.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.CalendarTokenHash, (string?)null), cancellationToken);
        logger.LogInformation("Calendar feed stopped by {UserId}", viewer.UserId);
    }

    /// <summary>
    /// The feed behind <paramref name="token"/>: the owner's scheduled follow-ups on their open cases.
    /// Null when the token is unknown, replaced or stopped, or its owner is disabled: callers cannot tell these apart.
    /// </summary>
    public async Task<string?> FeedAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length != TokenLength)
        {
            return null;
        }

        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Users.AsNoTracking()
            .Where(u => u.CalendarTokenHash == hash && !u.IsDisabled)
            .Select(u => new { u.Id, u.PreferredCulture })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        var entries = await (
                from c in db.Cases.AsNoTracking()
                where c.OwnerUserId == owner.Id && c.Step != CaseStep.Closed
                from f in c.FollowUps
                where f.Status == FollowUpStatus.Scheduled
                orderby f.DueOn, c.Id, f.Number
                select new CalendarEntry(f.Id, c.Id, c.Reference, f.Number, f.DueOn))
            .ToListAsync(cancellationToken);
        return calendar.Write(entries, owner.PreferredCulture, feed: true);
    }

    /// <summary>
    /// One scheduled follow-up as a calendar file, for anyone who may see the case's status (its owner,
    /// HR in scope, the managers of its unit). Null when there is no such follow-up or the caller may not see it.
    /// </summary>
    public async Task<CalendarFile?> FollowUpAsync(int caseId, int number, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId && c.Step != CaseStep.Closed)
            .Select(c => new
            {
                Ownership = new CaseOwnership(c.OwnerUserId, c.OrgUnitId, c.ReferredToUserId),
                c.Reference,
                FollowUp = c.FollowUps
                    .Where(f => f.Number == number && f.Status == FollowUpStatus.Scheduled)
                    .Select(f => new { f.Id, f.DueOn })
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.FollowUp is null || !CaseAccess.CanSeeStatus(viewer, found.Ownership))
        {
            return null;
        }

        // The language the user chose for e-mails and calendar, else the one they are using now.
        var culture = await db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.PreferredCulture).SingleAsync(cancellationToken)
            ?? CultureInfo.CurrentUICulture.Name;
        var entry = new CalendarEntry(found.FollowUp.Id, caseId, found.Reference, number, found.FollowUp.DueOn);
        return new CalendarFile($"{found.Reference}-{number}.ics", calendar.Write([entry], culture, feed: false));
    }

    /// <summary>Lower-case hex SHA-256 of the token: what the database keeps instead of the token.</summary>
    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
