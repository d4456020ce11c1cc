using System.Text;
using JrCasework.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace JrCasework.EndToEndTests;

/// <summary>
/// HR's outcome review in the browser: the list of unreviewed closed cases, a review saved on a case,
/// the CSV download, and the supervisor reading the advice. The case reviewed is one of Tom's, closed
/// for this test (the browser tests share one database; the demo cases stay as they are).
/// </summary>
public sealed class OutcomeReviewTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Advice = "Well handled. Next time, agree the first check with the planner on the day you act.";
    private const string Remarks = "HR-only remark: facts were complete, the conversation notes were short.";

    [Fact]
    public async Task Hr_ReviewsAnUnreviewedClosedCase_ExportsTheList_AndTomReadsTheAdvice()
    {
        var (caseId, categoryName) = await ClosedCaseOfTomsAsync();
        var page = await SignedInPageAsync(DemoData.Hr);

        // HR lands on the outcome list: closed cases not yet reviewed.
        await Expect(page).ToHaveURLAsync("outcomes");
        await Expect(page.Locator("#filter-reviewed")).ToHaveValueAsync("Not reviewed yet");
        await Expect(page.Locator("#outcomes-table tbody tr").First).ToBeVisibleAsync();
        Assert.All(await page.Locator("#outcomes-table [data-column='review']").AllInnerTextsAsync(), badge => Assert.Contains("To review", badge, StringComparison.Ordinal));
        await page.ScreenshotAsync("outcomes-en");

        // Narrow the list to the category of Tom's case, and open it.
        await ChooseAsync(page, "#filter-category", categoryName);
        await Expect(page).ToHaveURLAsync(new Regex("category=\\d+"));
        var link = page.Locator($"#outcomes-table a[data-case='{caseId}']");
        await Expect(link).ToBeVisibleAsync();
        await page.FollowAsync(link, $"cases/{caseId}");

        var form = page.Locator("#review-form");
        await Expect(form).ToBeVisibleAsync();
        await Expect(page.Locator("#review-by")).ToHaveTextAsync("Not reviewed yet.");
        await using (var audit = Fixture.App.CreateDbContext())
        {
            // Opening the case was audited once: the prerendered page does not read it a second time.
            Assert.Equal(1, await audit.AuditLog.CountAsync(a => a.CaseId == caseId && a.Action == "case.read"));
        }

        foreach (var (part, answer) in new[] { ("Objective", "Yes"), ("Facts", "Yes"), ("WeighAndDecide", "Partly"), ("TakeAction", "Yes"), ("CheckResults", "No") })
        {
            await page.Locator($"label:has(#review-{part}-{answer})").ClickAsync();
        }

        await page.Locator("#review-advice").FillAsync(Advice);
        await page.Locator("#review-remarks").FillAsync(Remarks);
        await page.Locator("label:has(#review-good-example)").ClickAsync();
        await page.Locator("#review-save").ClickAsync();
        await Expect(page.Locator("#review-saved")).ToContainTextAsync("Review saved");
        await Expect(page.Locator("#review-by")).ToContainTextAsync("Reviewed by Eva Bakker");
        await page.TopScreenshotAsync("outcomes-review-form-en");

        // Back in the list the case has left "not reviewed"; among the reviewed cases it shows as reviewed and a good example.
        await page.GoBackAsync();
        await page.ArriveAtAsync(new Regex("/outcomes\\?category=\\d+$"));
        await Expect(page.Locator($"#outcomes-table a[data-case='{caseId}']")).ToHaveCountAsync(0);
        await page.Locator("#show-reviewed").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("reviewed=Reviewed"));
        await Expect(page.Locator("#filter-reviewed")).ToHaveValueAsync("Reviewed");
        var row = page.Locator("#outcomes-table tbody tr", new PageLocatorOptions { Has = page.Locator($"a[data-case='{caseId}']") });
        await Expect(row.Locator("[data-badge='reviewed']")).ToBeVisibleAsync();
        await Expect(row.Locator("[data-badge='good-example']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("outcomes-reviewed-en");

        // The CSV download carries the current filters and no names.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        Assert.Matches(@"^outcomes-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Case,Unit,Category,How it reached the supervisor,Objective met,Action helped,Rounds,Opened (month),Closed (month),Days to close,Supervisor,Reviewed,Good example",
            lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.Equal((categoryName, "Yes"), (line.Split(',')[2], line.Split(',')[11])));
        var pseudonym = Fixture.App.Services.GetRequiredService<Pseudonyms>().Case(caseId);
        Assert.EndsWith(",Yes,Yes", Assert.Single(lines, l => l.StartsWith(pseudonym + ",", StringComparison.Ordinal)), StringComparison.Ordinal);
        await AssertNoNamesAsync(string.Join('\n', lines));
        await page.Context.CloseAsync();

        // Tom opens his case and reads the assessment and the advice, not HR's remarks.
        var tom = await SignedInPageAsync(DemoData.SupervisorLogistics);
        await tom.OpenAsync($"cases/{caseId}");
        await Expect(tom.Locator("#review-summary #review-advice")).ToContainTextAsync(Advice);
        await Expect(tom.Locator("#review-summary [data-part='CheckResults'] dd")).ToHaveTextAsync("No");
        await Expect(tom.Locator("#review-good-example-badge")).ToBeVisibleAsync();
        await Expect(tom.Locator("#review-form")).ToHaveCountAsync(0);
        Assert.DoesNotContain("HR-only remark", await tom.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        await tom.TopScreenshotAsync("outcomes-review-supervisor-en");
    }

    [Fact]
    public async Task TheOutcomeList_SpeaksDutch()
    {
        var page = await SignedInPageAsync(DemoData.Hr, "nl-NL");

        await Expect(page.Locator("#filter-reviewed")).ToHaveValueAsync("Nog niet beoordeeld");
        await Expect(page.Locator("#outcomes-count")).ToContainTextAsync("afgesloten van");
        await Expect(page.Locator("#export-csv")).ToHaveTextAsync("CSV exporteren");
        await page.ScreenshotAsync("outcomes-nl");
    }

    /// <summary>Picks <paramref name="option"/> in the MudSelect with input <paramref name="selectId"/>.</summary>
    private static async Task ChooseAsync(IPage page, string selectId, string option)
    {
        await page.Locator(selectId).Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
        await Expect(page.Locator(selectId)).ToHaveValueAsync(option);
    }

    /// <summary>No employee (name or number) and no user appears in <paramref name="text"/>.</summary>
    private async Task AssertNoNamesAsync(string text)
    {
        await using var db = Fixture.App.CreateDbContext();
        var employees = await db.Employees.Select(e => new { e.FullName, e.EmployeeNumber }).ToListAsync();
        var users = await db.Users.Select(u => new { u.DisplayName, u.Email }).ToListAsync();
        Assert.NotEmpty(employees);
        Assert.All(employees, e =>
        {
            Assert.DoesNotContain(e.FullName, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(e.EmployeeNumber, text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(users, u =>
        {
            Assert.DoesNotContain(u.DisplayName, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(u.Email!, text, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>A closed, unreviewed case of Tom's in the category "Change" (the demo casebook has no closed one there), closed an hour ago.</summary>
    private async Task<(int CaseId, string CategoryName)> ClosedCaseOfTomsAsync()
    {
        await using var db = Fixture.App.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == DemoData.SupervisorLogistics.Email).Select(u => new { u.Id, u.OrgUnitId }).SingleAsync();
        var sofie = await db.Employees.Where(e => e.EmployeeNumber == "L-2003").Select(e => new { e.Id, e.FullName }).SingleAsync();
        var category = await db.CaseCategories.Where(c => c.Code == "change").Select(c => new { c.Id, c.NameEn }).SingleAsync();
        var by = new Actor(tom.Id, DateTime.UtcNow.AddDays(-21));
        var day = DateOnly.FromDateTime(by.AtUtc);

        // A year of its own keeps the reference clear of the cases other tests open.
        var sequence = await db.Cases.Where(c => c.ReferenceYear == 2001).MaxAsync(c => (int?)c.ReferenceSequence) ?? 0;
        var @case = JrCase.Open(2001, sequence + 1, "New scanners: Sofie's worries about the pick rate", category.Id, ProblemOrigin.SawItComing,
            "Sofie works with the new scanners at the usual pick rate, without stress", [(sofie.Id, sofie.FullName)], tom.Id, tom.OrgUnitId, by);
        @case.StartGettingFacts(by);
        @case.AddFact(FactKind.Record, "Pick rates", day, "Pick rate 15% lower in the first week", by);
        @case.AddFact(FactKind.RulesAndCustoms, "Introduction plan", day, "Two days of training per person", by);
        @case.AddFact(FactKind.Conversation, sofie.FullName, day, "Worried about the small screen", by, sofie.Id);
        @case.AddFact(FactKind.OpinionOrFeeling, "Team", day, "Others find the scanners faster", by);
        @case.StartWeighing(by);
        var weighed = new Weighing(Effect.Positive);
        @case.AddPossibleAction(new PossibleActionInput("Extra training day", weighed, weighed, weighed, true), by);
        @case.AddPossibleAction(new PossibleActionInput("Larger-screen model for her", weighed, weighed, new Weighing(Effect.Neutral), true), by);
        @case.Decide([1], "Training solves the cause", by);
        @case.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Training room", "Explained why training first"), by);
        @case.StartCheckingResults(by);
        @case.ScheduleFollowUps(day.AddDays(7), null, by);
        @case.Close(new OutcomeInput(ObjectiveMet.Yes, true, "Pick rate back to normal", "Train before the switch, not after."),
            new Actor(tom.Id, DateTime.UtcNow.AddHours(-1)));
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return (@case.Id, category.NameEn);
    }
}
