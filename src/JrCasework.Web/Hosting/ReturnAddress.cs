namespace JrCasework.Web.Hosting;

/// <summary>
/// The address a user is sent back to after signing in or out, or after choosing a language. It comes from the
/// query string or a form, so anyone can put it in a link: only a path on this site is followed.
/// </summary>
internal static class ReturnAddress
{
    /// <summary>
    /// <paramref name="address"/> relative to the site's base path (<c>"/cases?x=1"</c>, <c>"~/cases"</c> and
    /// <c>"cases"</c> all give <c>"cases?x=1"</c> or <c>"cases"</c>), or <c>""</c>, the start page, for anything that
    /// could lead elsewhere: another scheme (<c>https:</c>, <c>javascript:</c>), a host (<c>//host</c>, and
    /// <c>/\host</c> because browsers read a backslash as a slash), white space (URI parsers drop it before
    /// <c>//host</c>) or a control character. Characters outside ASCII are percent-encoded, as a header needs them.
    /// </summary>
    public static string BaseRelative(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || address.Contains('\\', StringComparison.Ordinal))
        {
            return "";
        }

        var path = address.StartsWith("~/", StringComparison.Ordinal) ? address[2..]
            : address.StartsWith('/') ? address[1..]
            : address;
        if (path.StartsWith('/'))
        {
            return "";
        }

        // A colon before the first slash, question mark or hash ends a scheme ("javascript:", "https:").
        var colon = path.IndexOf(':', StringComparison.Ordinal);
        var end = path.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (end < 0 || colon < end) ? "" : EscapeNonAscii(path);
    }

    private static string EscapeNonAscii(string path) =>
        path.All(char.IsAscii) ? path : string.Concat(path.EnumerateRunes().Select(r => r.IsAscii ? r.ToString() : Uri.EscapeDataString(r.ToString())));
}
