namespace JrCasework.Web.Components.Account.SingleSignOn;

/// <summary>
/// The organisation's OpenID Connect provider (decision 032), from the section <c>SingleSignOn</c>. Without an
/// authority and a client id there is no single sign-on, and the sign-in page offers none.
/// </summary>
internal sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";

    /// <summary>The authentication scheme of the provider.</summary>
    public const string Scheme = "oidc";

    /// <summary>The provider's address, where its discovery document is (<c>/.well-known/openid-configuration</c>).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim of the provider's ID token that carries the user's e-mail address, which finds the account.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>What the button says after "Sign in with": the organisation's name for its accounts.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Only a provider reached over HTTPS, unless turned off for a provider on this machine.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Other origins the sign-in form may lead to, comma-separated: where the provider's authorization endpoint is on
    /// another host than its authority (a separate public host name, a custom domain).
    /// </summary>
    public string? FormActionOrigins { get; set; }

    /// <summary>
    /// Whether <paramref name="user"/> signs in through single sign-on alone now: marked so by an administrator, and
    /// single sign-on set up (without it the mark is ignored, so removing the settings locks nobody out).
    /// </summary>
    public bool OnlyWayFor(Data.Identity.ApplicationUser user) => user.SingleSignOnOnly && IsConfigured;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Where the sign-in page's form may lead (the Content-Security-Policy's form-action): the provider's origins.</summary>
    public IReadOnlyList<string> FormTargets => !IsConfigured ? [] :
        [.. new[] { Authority }.Concat(FormActionOrigins?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct()];

    public static SingleSignOnOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<SingleSignOnOptions>() ?? new();
}
