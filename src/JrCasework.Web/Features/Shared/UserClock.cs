using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// The signed-in user's clock and calendar: their time zone (from the sign-in, else the organisation's),
/// today's date there, and stored UTC moments shown on their clock. Read once per circuit or request;
/// storage stays UTC.
/// </summary>
internal sealed class UserClock(TimeProvider clock, AuthenticationStateProvider authentication, IOptions<OrganisationOptions> options)
{
    /// <summary>The claim that carries the zone the user chose in their profile.</summary>
    public const string TimeZoneClaim = "jr:time_zone";

    private TimeZoneInfo? _zone;

    /// <summary>The user's time zone; the organisation's until the sign-in state is known (then it is not remembered).</summary>
    public TimeZoneInfo Zone
    {
        get
        {
            if (_zone is not null)
            {
                return _zone;
            }

            var zone = TimeZones.Find(ClaimedZone(out var known)) ?? TimeZones.Find(options.Value.TimeZone) ?? TimeZoneInfo.Utc;
            if (known)
            {
                _zone = zone;
            }

            return zone;
        }
    }

    /// <summary>The user's wall-clock time now.</summary>
    public DateTime Now => ToLocal(clock.GetUtcNow().UtcDateTime);

    /// <summary>The date on the user's calendar now: what "today", "overdue" and "this week" count from.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A stored UTC moment on the user's clock.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZones.ToLocal(utc, Zone);

    /// <summary>The date on the user's calendar at a stored UTC moment.</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>"6 Dec 2026" for a stored UTC moment.</summary>
    public string Date(DateTime utc) => DateText.Date(DateOf(utc));

    /// <summary>"6 Dec 2026" for a stored UTC moment, or null when there is none (not checked yet, not closed…).</summary>
    public string? Date(DateTime? utc) => utc is { } moment ? Date(moment) : null;

    /// <summary>"14:05" for a stored UTC moment.</summary>
    public string Time(DateTime utc) => DateText.Time(ToLocal(utc));

    /// <summary>"6 Dec 2026 14:05" for a stored UTC moment.</summary>
    public string DateAndTime(DateTime utc) => DateText.DateAndTime(ToLocal(utc));

    private string? ClaimedZone(out bool known)
    {
        known = false;
        try
        {
            // Circuits and requests set their state before any component runs, so it is complete here.
            var state = authentication.GetAuthenticationStateAsync();
            known = state.IsCompletedSuccessfully;
            return known ? state.Result.User.FindFirstValue(TimeZoneClaim) : null;
        }
        catch (InvalidOperationException)
        {
            // An endpoint that has not handed over its request's user yet.
            return null;
        }
    }
}
