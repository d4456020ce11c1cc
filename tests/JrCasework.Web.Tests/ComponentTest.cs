using System.Globalization;
using System.Security.Claims;
using JrCasework.Domain.Organisation;
using JrCasework.Web.Components.Layout;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace JrCasework.Web.Tests;

/// <summary>
/// The base of every component test: the real localised texts, MudBlazor's services,
/// and a UI culture of the test's choosing (restored afterwards).
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _previousUiCulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentCulture;

    protected ComponentTest()
    {
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, JrMudLocalizer>();

        // The user's clock as the app gives it to a signed-in user who chose no zone: the organisation's (Europe/Amsterdam).
        Services.AddScoped(sp => new UserClock(sp.GetService<TimeProvider>() ?? TimeProvider.System, new SignedOut(), Options.Create(new OrganisationOptions())));
        Services.AddSingleton(_ => OrganisationWeek);
        JSInterop.Mode = JSRuntimeMode.Loose;
        UseCulture("en-GB");
    }

    /// <summary>
    /// How long a WaitFor may wait for a render: the first renders of a test run (cold JIT, a busy CI machine) can
    /// take longer than bUnit's one second; a wait still fails when the expected state never comes.
    /// </summary>
    static ComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The organisation's working days the components see; Monday to Friday unless a test says otherwise.</summary>
    protected virtual WorkingWeek OrganisationWeek => WorkingWeek.MondayToFriday;

    /// <summary>Asserts that the element each selector finds contains its text (ordinal comparison).</summary>
    protected static void AssertTexts<T>(IRenderedComponent<T> cut, params (string Selector, string Text)[] expected)
        where T : IComponent
    {
        foreach (var (selector, text) in expected)
        {
            Assert.Contains(text, cut.Find(selector).TextContent, StringComparison.Ordinal);
        }
    }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private sealed class SignedOut : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    /// <summary>Some MudBlazor services are only asynchronously disposable, so xunit disposes the container that way first.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = _previousUiCulture;
        CultureInfo.CurrentCulture = _previousCulture;
        base.Dispose(disposing);
    }
}
