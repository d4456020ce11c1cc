namespace JrCasework.EndToEndTests;

/// <summary>A supervisor's whole path through a case, in the browser, as the card describes it.</summary>
public sealed partial class CaseWalkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly Dictionary<string, string[]> StepTitles = new()
    {
        ["en"] = ["Determine the objective", "1 Get the facts", "2 Weigh and decide", "3 Take action", "4 Check results", "Closed"],
        ["nl"] = ["Bepaal het doel", "1 Verzamel de feiten", "2 Beoordeel en beslis", "3 Onderneem actie", "4 Controleer resultaten", "Afgesloten"],
    };

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task ASupervisor_CreatesACase_AndWalksItThroughAllFourStepsToClosed(string language)
    {
        var page = await SignedInAsSanneAsync(language);
        var title = language == "nl" ? "Te laat op de vroege dienst" : "Late for the early shift";

        await CreateCaseAsync(page, title, "P-1004", $"walk-{language}-new");
        await ExpectStepAsync(page, language, 1);
        await page.ScreenshotAsync($"walk-{language}-1-facts-empty");

        await GatherTheWholeStoryAsync(page, language);
        await page.ScreenshotAsync($"walk-{language}-1-facts-complete");
        await page.Locator("#start-weighing").ClickAsync();
        await ExpectStepAsync(page, language, 2);

        await WeighTwoActionsAndDecideAsync(page, language);
        await ExpectStepAsync(page, language, 3);

        await PlanTheActionAsync(page);
        await page.ScreenshotAsync($"walk-{language}-3-action");
        await page.Locator("#start-checking").ClickAsync();
        await ExpectStepAsync(page, language, 4);

        await ScheduleAndCheckAsync(page, language);
        await page.Locator("#objective-met-Yes").ClickAsync();
        await page.Locator("#action-helped").ClickAsync();
        await page.Locator("#how-helped").FillAsync(language == "nl" ? "Elke dag op tijd, team rustiger" : "On time every day, team calmer");
        await page.Locator("#lessons").FillAsync(language == "nl" ? "Vraag eerder naar het woon-werkverkeer" : "Ask about commuting early on");
        await page.ScreenshotAsync($"walk-{language}-4-closing");
        await page.Locator("#close-case").ClickAsync();

        await ExpectStepAsync(page, language, 5);
        await Expect(page.Locator("#outcome-summary")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"walk-{language}-5-closed");
        await page.Locator("#history-panel").ClickAsync();
        await Expect(page.Locator("#history li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync($"walk-{language}-history");
    }

    [Fact]
    public async Task WhenTheObjectiveIsNotMet_TheSupervisorGoesAroundAgainFromStep1()
    {
        var page = await SignedInAsSanneAsync("en");
        await CreateCaseAsync(page, "Friction at the packing line", "P-1005", "loop-new");
        await GatherTheWholeStoryAsync(page, "en");
        await page.Locator("#start-weighing").ClickAsync();
        await WeighTwoActionsAndDecideAsync(page, "en");
        await PlanTheActionAsync(page);
        await page.Locator("#start-checking").ClickAsync();
        await ScheduleAndCheckAsync(page, "en");

        await page.Locator("#objective-met-No").ClickAsync();
        await page.Locator("#lessons").FillAsync("The roster change alone was not enough");
        await page.Locator("#close-case").ClickAsync();
        await Expect(page.Locator("#step-error")).ToContainTextAsync("The objective was not met");
        await page.ScreenshotAsync("loop-refused-close");

        await page.Locator("#new-loop").ClickAsync();

        await ExpectStepAsync(page, "en", 1);
        await Expect(page.Locator("#case-loop")).ToHaveTextAsync("Round 2");
        await Expect(page.Locator("#facts-list")).ToContainTextAsync("Time registration");
        await page.ScreenshotAsync("loop-round-2");
    }

    [Fact]
    public async Task ReloadingMidTyping_KeepsTheText()
    {
        var page = await SignedInAsSanneAsync("en");
        await CreateCaseAsync(page, "Tension after the reorganisation", "P-1006", "reload-new");
        const string typed = "Kees said he heard about the new shifts from colleagues, not from me";

        await page.Locator("#fact-text").PressSequentiallyAsync(typed);
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("#fact-text")).ToHaveValueAsync(typed);
        await Expect(page.Locator("#fact-text-restored")).ToBeVisibleAsync();
        await page.ScreenshotAsync("draft-restored-after-reload");
    }

    [Fact]
    public async Task AnotherSupervisor_OpeningTheCaseUrl_SeesNothingOfIt()
    {
        var sanne = await SignedInAsSanneAsync("en");
        await CreateCaseAsync(sanne, "Private matter of Fatima", "P-1002", "private-new");
        var url = sanne.Url;
        await sanne.Context.CloseAsync();

        var tom = await SignedInPageAsync(DemoData.SupervisorLogistics);
        await tom.GotoAsync(url);

        await Expect(tom.Locator("#case-not-found")).ToBeVisibleAsync();
        await Expect(tom.Locator("body")).Not.ToContainTextAsync("Private matter of Fatima");
        await Expect(tom.Locator("body")).Not.ToContainTextAsync("Fatima");
        await tom.ScreenshotAsync("case-of-another-supervisor");
    }

    private Task<IPage> SignedInAsSanneAsync(string language) =>
        SignedInPageAsync(DemoData.SupervisorProduction, language == "nl" ? "nl-NL" : "en-GB");

    private static async Task CreateCaseAsync(IPage page, string title, string employeeNumber, string screenshot)
    {
        await page.Locator("#new-case").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.Locator($"#employee-{employeeNumber}").ClickAsync();
        await page.Locator("#case-category").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("#origin-SawItComing").ClickAsync();
        await page.Locator("#case-title").FillAsync(title);
        await page.Locator("#case-objective").FillAsync("On time for every shift, without resentment in the team, no stops at the line");
        await page.ScreenshotAsync(screenshot);
        await page.FollowAsync("#create-case", CaseUrl());
        await Expect(page.Locator("#case-title")).ToHaveTextAsync(title);
    }

    private static async Task GatherTheWholeStoryAsync(IPage page, string language)
    {
        await AddFactAsync(page, "Record", "Time registration", "Late six times in four weeks, always on Mondays");
        await AddFactAsync(page, "RulesAndCustoms", language == "nl" ? "Personeelsgids" : "Staff handbook", "The early shift starts at 06:00 sharp");
        await AddFactAsync(page, "Conversation", "Conversation on Tuesday", "The bus timetable changed; the first bus arrives at 06:05");
        await AddFactAsync(page, "OpinionOrFeeling", "Two colleagues", "They feel it is unfair that nothing happens");
        await Expect(page.Locator("#whole-story")).Not.ToContainTextAsync(language == "nl" ? "gesprek met" : "conversation with");
    }

    private static async Task AddFactAsync(IPage page, string kind, string source, string text)
    {
        await page.Locator($"#fact-kind-{kind}").ClickAsync();

        // A conversation with the case's employee takes its source from the employee: the form does not ask again.
        if (kind != "Conversation")
        {
            await page.Locator("#fact-source").FillAsync(source);
        }

        await page.Locator("#fact-text").FillAsync(text);
        await page.Locator("#add-fact").ClickAsync();
        await Expect(page.Locator("#facts-list")).ToContainTextAsync(text);
    }

    private static async Task WeighTwoActionsAndDecideAsync(IPage page, string language)
    {
        await AddPossibleActionAsync(page, "Start 30 minutes later for three months", "Positive", "Neutral", "Positive");
        await AddPossibleActionAsync(page, "Formal warning", "Negative", "Positive", "Neutral");
        await page.ScreenshotAsync($"walk-{language}-2-weigh");
        await page.Locator("#choose-1").ClickAsync();
        await page.Locator("#rationale").FillAsync("It removes the cause without punishing; the team sees that it is handled");
        await page.Locator("#decide").ClickAsync();
    }

    private static async Task AddPossibleActionAsync(IPage page, string description, string individual, string group, string production)
    {
        await page.Locator("#action-description").FillAsync(description);
        await page.Locator($"#effect-individual-{individual}").ClickAsync();
        await page.Locator($"#effect-group-{group}").ClickAsync();
        await page.Locator($"#effect-production-{production}").ClickAsync();
        await page.Locator("#policy-checked").ClickAsync();
        await page.Locator("#add-action").ClickAsync();
        await Expect(page.Locator("#actions-table")).ToContainTextAsync(description);
    }

    private static async Task PlanTheActionAsync(IPage page)
    {
        await page.Locator("#handling-Myself").ClickAsync();
        await page.Locator("#when").FillAsync("Monday 07:30, before the shift");
        await page.Locator("#where").FillAsync("Meeting room 2");
        await page.Locator("#explanation").FillAsync("Explained the later start, why, and that we check again in a week");
        await page.Locator("#save-plan").ClickAsync();
        await Expect(page.Locator("#step-error")).ToHaveCountAsync(0);
    }

    private static async Task ScheduleAndCheckAsync(IPage page, string language)
    {
        await page.Locator("#preset-1w-2w-3").ClickAsync();
        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#followup-4")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"walk-{language}-4-scheduled");
        await page.Locator("#check-1").ClickAsync();
        await page.Locator("#check-output").FillAsync("No late arrivals");
        await page.Locator("#check-attitudes").FillAsync("Relieved, more open");
        await page.Locator("#check-relationships").FillAsync("Colleagues greet him again");
        await page.Locator("#save-check").ClickAsync();
        await Expect(page.Locator("#followup-1")).ToContainTextAsync(language == "nl" ? "Gedaan" : "Done");
    }

    private static async Task ExpectStepAsync(IPage page, string language, int step) =>
        await Expect(page.Locator("#step-title")).ToHaveTextAsync(StepTitles[language][step]);

    [GeneratedRegex(@"/cases/\d+$")]
    private static partial Regex CaseUrl();
}
