namespace JrCasework.Web.Features.Shared;

/// <summary>
/// The address users reach the application at, for links that leave the browser: e-mails and
/// calendar events. Setting <c>App:PublicBaseUrl</c> (default http://localhost:5080).
/// </summary>
internal sealed class PublicLinks(IConfiguration configuration)
{
    public Uri BaseUrl { get; } = new(EnsureSlash(configuration["App:PublicBaseUrl"] ?? "http://localhost:5080/"));

    /// <summary>The case page, e.g. http://host/cases/42.</summary>
    public Uri Case(int caseId) => new(BaseUrl, $"cases/{caseId}");

    public Uri Relative(string path) => new(BaseUrl, path.TrimStart('/'));

    private static string EnsureSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
