using System.Diagnostics;
using JrCasework.Web.Features.Calendar;
using OpenTelemetry;

namespace JrCasework.Web.Hosting;

/// <summary>
/// What a span may take out of the process, applied to every span before any exporter sees it. Case content reaches
/// the database as query parameters and the server as form posts and circuit messages, none of which a span records;
/// the places where it still could show up are the SQL text, a query string, an address and an error message. So SQL
/// text, query parameters, query strings and error descriptions are dropped, and an address keeps its path without the
/// query and without the calendar feed's secret.
/// </summary>
internal sealed class TelemetryPrivacy : BaseProcessor<Activity>
{
    /// <summary>
    /// Tags that are never exported. EF Core's instrumentation puts <c>?</c> for literals but Npgsql's does not; a span
    /// keeps <c>db.query.summary</c> (operation and table), which says which query was slow without its text.
    /// </summary>
    private static readonly HashSet<string> Dropped =
        ["db.statement", "db.query.text", "url.query", "http.target", "exception.message", "exception.stacktrace"];

    private const string ParameterPrefix = "db.query.parameter.";

    /// <summary>Tags that hold a path or an address.</summary>
    private static readonly HashSet<string> Addresses = ["url.path", "url.full", "http.url", "aspnetcore.components.route"];

    public override void OnEnd(Activity data) => Clean(data);

    /// <summary>Drops or trims the tags of <paramref name="activity"/> as <see cref="Keep"/> says, and trims its name.</summary>
    public static void Clean(Activity activity)
    {
        foreach (var (key, value) in activity.TagObjects.ToList())
        {
            var kept = Keep(key, value);
            if (!Equals(kept, value))
            {
                activity.SetTag(key, kept);
            }
        }

        activity.DisplayName = WithoutQuery(activity.DisplayName);

        // A failed query's description is the database's error message, which can quote the row it refused.
        if (activity.StatusDescription is not null)
        {
            activity.SetStatus(activity.Status);
        }
    }

    /// <summary>The value a tag may be exported with: null drops it; an address loses its query and the feed's secret.</summary>
    public static object? Keep(string key, object? value) => key switch
    {
        _ when Dropped.Contains(key) || key.StartsWith(ParameterPrefix, StringComparison.Ordinal) => null,
        _ when Addresses.Contains(key) && value is string address => WithoutSecrets(WithoutQuery(address)),
        _ => value,
    };

    /// <summary>A path, or an absolute address whose path is, without the calendar feed's secret.</summary>
    private static string WithoutSecrets(string address)
    {
        var path = address.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? address.IndexOf('/', scheme + 3) : 0;
        return path < 0 ? address : address[..path] + CalendarEndpoints.WithoutSecrets(address[path..]);
    }

    private static string WithoutQuery(string address) => address.IndexOfAny(['?', '#']) is var at and >= 0 ? address[..at] : address;
}
