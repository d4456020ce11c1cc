namespace JrCasework.EndToEndTests;

public sealed class RemindersProfileTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Tom_UnticksAnEmailReminder_ItStaysUnticked_AndHeCreatesACalendarAddress()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorLogistics);

        await page.GotoAsync("Account/Manage");
        await page.Locator("#manage-reminders").ClickAsync();
        await Expect(page.Locator("h2")).ToHaveTextAsync("Reminders");
        await Expect(page.Locator("[id='Input.EmailDue']")).ToBeCheckedAsync();
        await Expect(page.Locator("[id='Input.EmailEscalations']")).ToHaveCountAsync(0);

        await page.Locator("[id='Input.EmailDue']").UncheckAsync();
        await page.Locator("#save-reminders").ClickAsync();

        await Expect(page.Locator("#status-message")).ToHaveTextAsync("Your reminder settings are saved.");
        await page.ReloadAsync();
        await Expect(page.Locator("[id='Input.EmailDue']")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("[id='Input.EmailUpcoming']")).ToBeCheckedAsync();
        await Expect(page.Locator("#calendar-state")).ToHaveTextAsync("You have no calendar address yet.");

        await page.Locator("#calendar-renew").ClickAsync();

        var address = page.Locator("#calendar-address");
        await Expect(address).ToHaveValueAsync(new Regex(@"^http://localhost:5080/calendar/[A-Za-z0-9_-]{43}\.ics$"));
        await Expect(page.Locator("#calendar-renew")).ToHaveTextAsync("New address");
        await Expect(page.Locator("#calendar-stop")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile-reminders");

        // The address works, and it is not shown again.
        var path = new Uri(await address.InputValueAsync()).AbsolutePath;
        var feed = await page.APIRequest.GetAsync(path);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("Account/Manage/Reminders");
        await Expect(page.Locator("#calendar-address")).ToHaveCountAsync(0);
        await Expect(page.Locator("#calendar-state")).ToContainTextAsync("Your calendar address is active.");

        await page.Locator("#culture-nl").ClickAsync();
        await Expect(page.Locator("h2")).ToHaveTextAsync("Herinneringen");
        await Expect(page.Locator("#calendar-renew")).ToHaveTextAsync("Nieuw adres");
        await page.ScreenshotAsync("profile-reminders-nl");
    }

    [Fact]
    public async Task Sanne_SeesAnAddToCalendarLink_OnEachScheduledFollowUp()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        var caseId = await CaseInStepFourWithAScheduledFollowUpAsync(DemoData.SupervisorProduction.Email);

        await page.OpenAsync($"cases/{caseId}");

        var link = page.Locator("a.jr-followup-ics").First;
        await Expect(link).ToHaveTextAsync("Add to calendar");
        await Expect(link).ToHaveAttributeAsync("href", new Regex($@"^cases/{caseId}/follow-ups/\d+\.ics$"));
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        await page.Locator("#followups").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("case-followups-add-to-calendar");
    }

    private async Task<int> CaseInStepFourWithAScheduledFollowUpAsync(string email)
    {
        await using var db = Fixture.App.CreateDbContext();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Cases
            .Where(c => c.OwnerUserId == owner && c.Step == CaseStep.CheckResults && c.FollowUps.Any(f => f.Status == FollowUpStatus.Scheduled))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
