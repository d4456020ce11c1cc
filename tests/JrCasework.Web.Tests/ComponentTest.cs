using System.Globalization;
using Bunit;
using JrCasework.Domain.Organisation;
using Microsoft.Extensions.DependencyInjection;
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
        Services.AddSingleton(_ => OrganisationWeek);
        JSInterop.Mode = JSRuntimeMode.Loose;
        UseCulture("en-GB");
    }

    /// <summary>The organisation's working days the components see; Monday to Friday unless a test says otherwise.</summary>
    protected virtual WorkingWeek OrganisationWeek => WorkingWeek.MondayToFriday;

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Some MudBlazor services are only asynchronously disposable, so xunit disposes the container that way first.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = _previousUiCulture;
        CultureInfo.CurrentCulture = _previousCulture;
        base.Dispose(disposing);
    }
}
