using JrCasework.Data.Identity;
using JrCasework.Domain.Organisation;
using JrCasework.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.EndToEndTests;

/// <summary>
/// One running application (real Kestrel port, real SQLite, demo data) and one headless Debian
/// Chromium, shared by the browser tests. Each test gets its own browser context (own cookies).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public JrCaseworkFactory App { get; } = new() { RunReminderService = true };

    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryFolder.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}; scripts/test.sh installs it (apt-get install chromium).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        BaseAddress = App.StartOnRealPort();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>
    /// A fresh browser context whose browser asks for <paramref name="locale"/>: without cookies, or with those of
    /// <paramref name="storageState"/> (what <see cref="IBrowserContext.StorageStateAsync"/> saved of a signed-in context).
    /// Tests open pages through <see cref="BrowserTest"/>, which closes the context after the test. Pages go to the
    /// shared app unless <paramref name="baseAddress"/> names another.
    /// </summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", int width = 1280, int height = 800, string? storageState = null, Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        await CspWatch.StartAsync(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new account in <paramref name="unitName"/> with <paramref name="role"/> (default supervisor) and the demo password
    /// unless <paramref name="password"/> is given, for a test that changes what it may not change of a shared demo account.
    /// </summary>
    public async Task<ApplicationUser> CreateUserAsync(
        string displayName, string email, string unitName, string role = Roles.Supervisor, string? password = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await using var db = App.CreateDbContext();
        var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrgUnitId = unit.Id };
        Assert.True((await users.CreateAsync(user, password ?? DemoData.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
