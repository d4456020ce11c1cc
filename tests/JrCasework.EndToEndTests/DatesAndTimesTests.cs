using JrCasework.Domain.Reminders;

namespace JrCasework.EndToEndTests;

/// <summary>Dates in one format per language, and times in the zone the user chose in the profile.</summary>
public sealed partial class DatesAndTimesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AnEnglishBrowserFromTheUs_SeesDatesInBritishFormOnly()
    {
        int caseId;
        await using (var db = Fixture.App.CreateDbContext())
        {
            var sanne = await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email);
            caseId = await db.Cases.Where(c => c.OwnerUserId == sanne.Id && c.ClosedAtUtc == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        var page = await NewPageAsync("en-US");
        await page.SignInAsync(DemoData.SupervisorProduction.Email, DemoData.Password);
        await page.WaitForURLAsync(url => !url.Contains("Account/Login", StringComparison.Ordinal));
        foreach (var path in new[] { "cases", $"cases/{caseId}" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 15_000 });
            await Expect(page.Locator(".jr-main")).ToContainTextAsync(BritishDate(), new() { Timeout = 15_000 });

            var text = await page.Locator(".jr-main").InnerTextAsync();
            Assert.DoesNotMatch(NumericDate(), text);
            await page.ScreenshotAsync("dates-en-us-browser-" + path.Replace('/', '-'));
        }
    }

    [Fact]
    public async Task ATime_IsShownInTheZoneChosenInTheProfile()
    {
        var email = $"zone-{Guid.NewGuid():N}@example.com";
        var receivedUtc = new DateTime(2026, 7, 1, 12, 5, 0, DateTimeKind.Utc);
        var user = await Fixture.CreateUserAsync("Zoe Zone", email, DemoData.Production);
        await using (var db = Fixture.App.CreateDbContext())
        {
            var someCase = await db.Cases.OrderBy(c => c.Id).FirstAsync();
            db.Notifications.Add(new Notification(user.Id, ReminderKind.Due, someCase.Id, someCase.Reference, 1, new DateOnly(2026, 7, 1), "Zoe Zone", receivedUtc));
            await db.SaveChangesAsync();
        }

        var page = await NewPageAsync();
        await page.SignInAsync(email, DemoData.Password);
        await page.WaitForInteractiveAsync();
        await page.OpenAsync("notifications");
        await Expect(page.Locator(".jr-notification-date")).ToHaveTextAsync("1 Jul 2026 14:05");

        await page.GotoAsync("Account/Manage");
        await page.Locator("#time-zone").SelectOptionAsync("America/New_York");
        await page.ScreenshotAsync("profile-time-zone");
        await page.Locator("#save-profile").ClickAsync();
        await Expect(page.Locator("#time-zone")).ToHaveValueAsync("America/New_York");

        await page.OpenAsync("notifications");
        await Expect(page.Locator(".jr-notification-date")).ToHaveTextAsync("1 Jul 2026 08:05");
        await page.ScreenshotAsync("notifications-new-york");
    }

    /// <summary>A date in digits with slashes ("12/6/2026"): neither language shows one.</summary>
    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{2,4}")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}")]
    private static partial Regex BritishDate();
}
