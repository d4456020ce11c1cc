using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace JrCasework.TestSupport;

/// <summary>
/// A real OpenID Connect provider on a loopback port (OpenIddict's server), as an organisation's would be for single
/// sign-on (decision 032): discovery, the authorization code flow with PKCE, signed ID tokens. It knows one client,
/// and whoever the test says is signed in at the provider (<see cref="SignedInEmail"/>) is who it answers for; with
/// nobody signed in it refuses, as a provider whose user cancels does.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "jr-casework";
    public const string ClientSecret = "test-client-secret-0123456789";

    private readonly WebApplication _app;

    private OidcTestProvider(WebApplication app) => _app = app;

    /// <summary>The provider's address: the authority the app is configured with.</summary>
    public Uri Authority { get; private set; } = default!;

    /// <summary>The e-mail address of the user signed in at the provider, or null: the provider then refuses.</summary>
    public string? SignedInEmail { get; set; }

    /// <summary>The provider's id of the person signed in; by default one made from their address.</summary>
    public string? Subject { get; set; }

    /// <summary>Whether the provider says it checked the address (the <c>email_verified</c> claim); null leaves it out.</summary>
    public bool? EmailVerified { get; set; }

    /// <summary>How many times the app sent a user here to sign in.</summary>
    public int AuthorizationRequests { get; private set; }

    public static async Task<OidcTestProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No database: the one client is checked here, and codes carry what they stand for.
            server.EnableDegradedMode();
            server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.RedirectUri?.EndsWith("/signin-oidc", StringComparison.Ordinal) != true)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or return address.");
                }

                return default;
            }));
            server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        var provider = new OidcTestProvider(app);
        app.MapGet("/connect/authorize", (Delegate)provider.AuthorizeAsync);
        await app.StartAsync();
        provider.Authority = new Uri(app.Urls.First());
        return provider;
    }

    /// <summary>The settings that make <paramref name="app"/> use this provider for single sign-on.</summary>
    public void ServeSignOnOf(JrCaseworkFactory app, string displayName = "Van Dijk account")
    {
        app.Settings["SingleSignOn:Authority"] = Authority.ToString();
        app.Settings["SingleSignOn:ClientId"] = ClientId;
        app.Settings["SingleSignOn:ClientSecret"] = ClientSecret;
        app.Settings["SingleSignOn:DisplayName"] = displayName;
        app.Settings["SingleSignOn:RequireHttpsMetadata"] = "false";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<IResult> AuthorizeAsync(HttpContext context)
    {
        AuthorizationRequests++;
        var request = context.GetOpenIddictServerRequest()!;
        if (SignedInEmail is not { } email)
        {
            return Task.FromResult(Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Subject ?? "directory-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.ToUpperInvariant())))[..16]);
        identity.SetClaim(Claims.Email, email);
        if (EmailVerified is { } verified)
        {
            identity.SetClaim(Claims.EmailVerified, verified);
        }

        identity.SetClaim(Claims.Name, email);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Task.FromResult(Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }
}
