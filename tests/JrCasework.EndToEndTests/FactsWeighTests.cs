namespace JrCasework.EndToEndTests;

/// <summary>Steps 1 and 2 of the card on Sanne's demo cases: the whole story, and weighing possible actions.</summary>
public sealed class FactsWeighTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ASupervisor_AddsAFact_SeesTheWholeStoryChange_AndWeighsAPossibleAction_InEnglishAndDutch()
    {
        var (factsCase, weighCase) = await SannesCasesInStep1And2Async();
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        await page.OpenCaseAsync(factsCase);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("1 Get the facts");
        await Expect(page.Locator("#whole-story")).ToContainTextAsync("a conversation with");
        await Expect(page.Locator("#caution")).ToContainTextAsync("Be sure you have the whole story");
        await page.ScreenshotAsync("facts-en-before");

        await page.Locator("#fact-kind-Conversation").ClickAsync();
        await Expect(page.Locator("#fact-source")).ToHaveCountAsync(0);
        await page.Locator("#fact-text").FillAsync("Jan says the Monday absences are about caring for his mother on weekends");
        await page.Locator("#add-fact").ClickAsync();

        await Expect(page.Locator("#facts-list")).ToContainTextAsync("caring for his mother");
        await Expect(page.Locator("#whole-story")).Not.ToContainTextAsync("a conversation with");
        await Expect(page.Locator("#whole-story")).ToContainTextAsync("opinions and feelings");
        await Expect(page.Locator("#override-reason")).ToBeVisibleAsync();
        await page.ScreenshotAsync("facts-en-after");

        await page.Locator("#start-weighing").ClickAsync();
        await Expect(page.Locator("#step-error")).ToContainTextAsync("opinions and feelings");
        await page.ScreenshotAsync("facts-en-refused");

        await page.OpenCaseAsync(weighCase);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Weigh and decide");
        await Expect(page.Locator("#facts-side-by-side")).ToBeVisibleAsync();
        await page.Locator("#action-description").FillAsync("Pair Fatima with an experienced operator for a week");
        await page.Locator("#effect-individual-Positive").ClickAsync();
        await page.Locator("#effect-individual-note").FillAsync("Support without blame");
        await page.Locator("#effect-group-Neutral").ClickAsync();
        await page.Locator("#effect-production-Negative").ClickAsync();
        await page.Locator("#effect-production-note").FillAsync("One operator less for a week");
        await page.Locator("#policy-checked").ClickAsync();
        await page.Locator("#policy-note").FillAsync("Allowed by the training policy");
        await page.Locator("#support-Practical").ClickAsync();
        await page.Locator("#add-action").ClickAsync();
        await Expect(page.Locator("#actions-table")).ToContainTextAsync("Pair Fatima with an experienced operator");
        await Expect(page.Locator("#action-description")).ToHaveValueAsync("");
        await page.ScreenshotAsync("weigh-en");

        await page.SwitchLanguageAsync("nl");
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Beoordeel en beslis");
        await Expect(page.Locator("#caution")).ToContainTextAsync("Trek geen overhaaste conclusies");
        await page.ScreenshotAsync("weigh-nl");

        await page.OpenCaseAsync(factsCase);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("1 Verzamel de feiten");
        await Expect(page.Locator("#whole-story")).ToContainTextAsync("meningen en gevoelens");
        await page.ScreenshotAsync("facts-nl");

        await page.Locator("#fact-kind-OpinionOrFeeling").ClickAsync();
        await page.Locator("#fact-source").FillAsync("Twee collega's");
        await page.Locator("#fact-text").FillAsync("Ze vinden het oneerlijk dat zij op maandag steeds moeten invallen");
        await page.Locator("#add-fact").ClickAsync();
        await Expect(page.Locator("#whole-story-complete")).ToBeVisibleAsync();
        await Expect(page.Locator("#caution")).ToHaveClassAsync(new Regex("mud-alert-text-info"));
        await page.ScreenshotAsync("facts-nl-complete");
        await Expect(page.Locator("#override-reason")).ToHaveCountAsync(0);

        await page.OpenCaseAsync(weighCase);
        await page.Locator("#choose-1").ClickAsync();
        await page.Locator("#rationale").FillAsync("Neemt de oorzaak weg zonder te straffen");
        await page.Locator("#decide").ClickAsync();
        await Expect(page.Locator("#step-error")).ToContainTextAsync("Have maintenance fix the label printer first");
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Beoordeel en beslis");
        await page.ScreenshotAsync("weigh-nl-refused");
        await page.Context.CloseAsync();

        var tablet = await SignedInPageAsync(DemoData.SupervisorProduction, "nl-NL", width: 768, height: 1024);
        await tablet.OpenCaseAsync(weighCase);
        await Expect(tablet.Locator("#actions-table")).ToContainTextAsync("Pair Fatima");
        await tablet.ScreenshotAsync("weigh-nl-768");
        Assert.False(await tablet.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "The page is wider than a tablet.");
    }

    private async Task<(int Facts, int Weigh)> SannesCasesInStep1And2Async()
    {
        await using var db = Fixture.App.CreateDbContext();
        var facts = await db.Cases.Where(c => c.Title == "Frequent kort verzuim Jan" && c.Step == CaseStep.Facts).Select(c => c.Id).SingleAsync();
        var weigh = await db.Cases.Where(c => c.Title == "Fatima's error rate on the packing line" && c.Step == CaseStep.WeighAndDecide).Select(c => c.Id).SingleAsync();
        return (facts, weigh);
    }
}
