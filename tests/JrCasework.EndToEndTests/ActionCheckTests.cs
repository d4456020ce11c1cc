namespace JrCasework.EndToEndTests;

/// <summary>Steps 3 and 4 on Sanne's demo cases: plan the action, schedule follow-ups, record a check, the closing question.</summary>
public sealed class ActionCheckTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ASupervisor_PlansTheAction_SchedulesFollowUps_AndRecordsACheck_InEnglishAndDutch()
    {
        var cases = SannesCases();
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        await page.OpenCaseAsync(cases.TakeAction);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("3 Take action");
        await page.Locator("#handling-ReferredToManager").ClickAsync();
        await Expect(page.Locator("#referral-notice")).ToContainTextAsync("will be able to read the whole case");
        await page.TopScreenshotAsync("action-check-en-3-referral");
        await page.Locator("#handling-Myself").ClickAsync();
        await page.Locator("#when").FillAsync("Monday 8:00, before the shift");
        await page.Locator("#where").FillAsync("Meeting room 2");
        await page.Locator("#explanation").FillAsync("Explained the training route, why I chose it, and what I expect from him");
        await page.Locator("#save-plan").ClickAsync();
        await Expect(page.Locator("#saved-marker")).ToBeVisibleAsync();
        await Expect(page.Locator("#step-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#prompts li.is-done")).ToHaveCountAsync(3);
        await page.TopScreenshotAsync("action-check-en-3-action");

        await page.OpenCaseAsync(cases.CheckResults);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("4 Check results");
        var before = await page.Locator("#followups > li[id^='followup-']").CountAsync();
        await page.Locator("#preset-1w-2w-3").ClickAsync();
        await Expect(page.Locator("#schedule-summary")).ToContainTextAsync("then every 2 weeks, 3 more times");
        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#followups > li[id^='followup-']")).ToHaveCountAsync(before + 4);

        var check = page.Locator("#followups button[id^='check-']").First;
        var number = (await check.GetAttributeAsync("id"))!["check-".Length..];
        await check.ClickAsync();
        await page.Locator("#check-output").FillAsync("Pace back to the line norm");
        await page.Locator("#check-attitudes").FillAsync("Asks for help sooner");
        await page.Locator("#check-relationships").FillAsync("Works well with the new team");
        await page.Locator("#save-check").ClickAsync();
        await Expect(page.Locator($"#followup-{number}")).ToContainTextAsync("Done");
        await Expect(page.Locator($"#followup-{number}")).ToContainTextAsync("Pace back to the line norm");
        await page.TopScreenshotAsync("action-check-en-4-check");

        await page.Locator("#objective-met-No").ClickAsync();
        await Expect(page.Locator("#new-loop")).ToBeVisibleAsync();
        await Expect(page.Locator("#close-reason")).ToBeVisibleAsync();
        await page.TopScreenshotAsync("action-check-en-4-closing");

        await page.OpenCaseAsync(cases.Closed);
        await Expect(page.Locator("#outcome-summary")).ToBeVisibleAsync();
        await page.Locator("#history-panel").ClickAsync();
        await Expect(page.Locator("#history > li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#history-panel .mud-collapse-entered")).ToBeVisibleAsync(); // the panel has finished opening
        await page.TopScreenshotAsync("action-check-en-5-closed");

        await page.SwitchLanguageAsync("nl");
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("Afgesloten");
        await page.Locator("#history-panel").ClickAsync();
        await Expect(page.Locator("#history > li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#history-panel .mud-collapse-entered")).ToBeVisibleAsync();
        await page.TopScreenshotAsync("action-check-nl-5-closed");

        await page.OpenCaseAsync(cases.TakeAction);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("3 Onderneem actie");
        await Expect(page.Locator("#when")).ToHaveValueAsync("Monday 8:00, before the shift");
        await page.TopScreenshotAsync("action-check-nl-3-action");

        await page.OpenCaseAsync(cases.CheckResults);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("4 Controleer resultaten");
        await Expect(page.Locator($"#followup-{number}")).ToContainTextAsync("Gedaan");
        await page.TopScreenshotAsync("action-check-nl-4-check");
        await page.Locator("#objective-met-Partly").ClickAsync();
        await Expect(page.Locator("#new-loop")).ToContainTextAsync("Opnieuw beginnen bij stap 1");
        await page.TopScreenshotAsync("action-check-nl-4-closing");

        await page.SetViewportSizeAsync(768, 1024);
        await page.TopScreenshotAsync("action-check-nl-4-tablet");
        await page.OpenCaseAsync(cases.TakeAction);
        await page.TopScreenshotAsync("action-check-nl-3-tablet");
    }

    /// <summary>The newest of Sanne's demo cases in step 3, in step 4 and closed.</summary>
    private (int TakeAction, int CheckResults, int Closed) SannesCases()
    {
        using var db = Fixture.App.CreateDbContext();
        var sanne = db.Users.Single(u => u.Email == DemoData.SupervisorProduction.Email).Id;
        int Newest(CaseStep step) =>
            db.Cases.Where(c => c.OwnerUserId == sanne && c.Step == step).OrderByDescending(c => c.Id).Select(c => c.Id).First();
        return (Newest(CaseStep.TakeAction), Newest(CaseStep.CheckResults), Newest(CaseStep.Closed));
    }
}
