using System.Globalization;

namespace JrCasework.EndToEndTests;

/// <summary>The bell: reminders of the demo data's follow-ups reach the supervisor and the manager.</summary>
public sealed class NotificationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Sanne_SeesTheBellCount_AndOpensTheCaseFromANotification()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await WaitForBellCountAsync(page);
        var before = await CountAsync(page);
        await page.ScreenshotAsync("bell-count-en");

        await page.Locator("#bell-button").ClickAsync();
        var panel = page.Locator("#bell-panel");
        await Expect(panel).ToBeVisibleAsync();
        var first = panel.Locator(".jr-unread .jr-bell-open").First;
        await Expect(first).ToContainTextAsync(new Regex("Follow-up \\d+ of JR-\\d{4}-\\d{4}"));
        await page.ScreenshotAsync("bell-open-en", fullPage: false);

        var reference = await first.GetAttributeAsync("data-reference");
        await first.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/cases/\\d+$"));
        await Expect(page.Locator("body")).ToContainTextAsync(reference!);
        await Expect(page.Locator("#bell-count")).ToHaveTextAsync((before - 1).ToString(CultureInfo.InvariantCulture));

        await page.OpenAsync("notifications");
        await Expect(page.Locator("#notifications li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("notifications-page-en");
    }

    [Fact]
    public async Task TheManager_IsToldOfOverdueFollowUps_AndIsTakenToTheDashboard()
    {
        var page = await SignedInPageAsync(DemoData.Manager);
        await WaitForBellCountAsync(page);

        await page.Locator("#bell-button").ClickAsync();
        var escalation = page.Locator("#bell-panel .jr-bell-open", new PageLocatorOptions { HasText = "is overdue since" }).First;
        await Expect(escalation).ToContainTextAsync(new Regex("by (Sanne de Vries|Tom Peeters)"));
        await escalation.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
    }

    [Fact]
    public async Task TheAdministrator_SeesThatEmailIsOff_InTheOutbox()
    {
        var page = await SignedInPageAsync(DemoData.Admin);
        await page.OpenAsync("admin/mail");

        await Expect(page.Locator("#mail-off")).ToContainTextAsync("E-mail is off");
        await Expect(page.Locator("#mail-failed-count")).ToHaveTextAsync("0");
        await page.ScreenshotAsync("admin-mail-outbox-en");
    }

    /// <summary>The reminder service's first round runs as the app starts; reload until its notifications show.</summary>
    private static async Task WaitForBellCountAsync(IPage page)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.WaitForInteractiveAsync();
            if (await page.Locator("#bell-count").CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(page.Locator("#bell-count")).ToBeVisibleAsync();
    }

    private static async Task<int> CountAsync(IPage page) =>
        int.Parse(await page.Locator("#bell-count").InnerTextAsync(), CultureInfo.InvariantCulture);
}
