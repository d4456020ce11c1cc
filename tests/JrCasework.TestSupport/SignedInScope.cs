using System.Security.Claims;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.TestSupport;

/// <summary>
/// A service scope that acts as one signed-in user, the way a Blazor circuit does:
/// the feature services see this user through the authentication state.
/// </summary>
public sealed class SignedInScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private SignedInScope(AsyncServiceScope scope) => _scope = scope;

    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Signs in the user with <paramref name="email"/> (their real claims, roles included).</summary>
    public static async Task<SignedInScope> AsAsync(IServiceProvider root, string email)
    {
        var scope = root.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        SetUser(scope, principal);
        return new SignedInScope(scope);
    }

    /// <summary>A scope with nobody signed in.</summary>
    public static SignedInScope Anonymous(IServiceProvider root)
    {
        var scope = root.CreateAsyncScope();
        SetUser(scope, new ClaimsPrincipal(new ClaimsIdentity()));
        return new SignedInScope(scope);
    }

    private static void SetUser(AsyncServiceScope scope, ClaimsPrincipal principal)
    {
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
