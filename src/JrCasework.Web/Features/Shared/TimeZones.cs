namespace JrCasework.Web.Features.Shared;

/// <summary>Time zones by IANA id, and the conversion of stored UTC moments to a zone's clock and calendar.</summary>
internal static class TimeZones
{
    /// <summary>The regions of the IANA database that people live in, in the order the profile offers them.</summary>
    private static readonly string[] Regions = ["Europe", "America", "Africa", "Asia", "Atlantic", "Australia", "Indian", "Pacific"];

    private static readonly Lazy<IReadOnlyList<(string Region, IReadOnlyList<TimeZoneInfo> Zones)>> Grouped = new(Group);

    /// <summary>The zone with IANA id <paramref name="id"/>, or null when there is none (or no id).</summary>
    public static TimeZoneInfo? Find(string? id) =>
        id is { Length: > 0 and <= 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>The zone's clock at the UTC moment <paramref name="utc"/> (stored dates are UTC whatever their kind says).</summary>
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The date on the zone's calendar now.</summary>
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime, zone));

    /// <summary>The zones a user can choose, by region, each region's zones by their place name.</summary>
    public static IReadOnlyList<(string Region, IReadOnlyList<TimeZoneInfo> Zones)> ByRegion => Grouped.Value;

    /// <summary>"New York" for America/New_York: the place, as people read it.</summary>
    public static string Place(TimeZoneInfo zone) => zone.Id[(zone.Id.IndexOf('/', StringComparison.Ordinal) + 1)..].Replace('_', ' ').Replace("/", " / ", StringComparison.Ordinal);

    private static IReadOnlyList<(string Region, IReadOnlyList<TimeZoneInfo> Zones)> Group()
    {
        var zones = TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal)).ToList();
        return [.. Regions
            .Select(region => (region, (IReadOnlyList<TimeZoneInfo>)[.. zones.Where(z => z.Id.StartsWith(region + "/", StringComparison.Ordinal)).OrderBy(Place, StringComparer.Ordinal)]))
            .Where(group => group.Item2.Count > 0)];
    }
}
