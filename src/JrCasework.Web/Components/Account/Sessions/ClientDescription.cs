namespace JrCasework.Web.Components.Account.Sessions;

/// <summary>"Firefox on Windows": a browser's User-Agent header told the way its user would recognise it.</summary>
internal static class ClientDescription
{
    // Order matters: Edge and Opera also call themselves Chrome, Chrome also calls itself Safari.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"),
        ("CriOS/", "Chrome"), ("FxiOS/", "Firefox"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    /// <summary>The browser and system a User-Agent names, or null when it names neither.</summary>
    public static string? Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var browser = First(Browsers, userAgent);
        var system = First(Systems, userAgent);
        return (browser, system) switch
        {
            (null, null) => null,
            ({ } b, null) => b,
            (null, { } s) => s,
            ({ } b, { } s) => $"{b} · {s}",
        };
    }

    private static string? First((string Token, string Name)[] candidates, string userAgent) =>
        candidates.FirstOrDefault(c => userAgent.Contains(c.Token, StringComparison.Ordinal)).Name;
}
