using System.Globalization;
using JrCasework.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JrCasework.EndToEndTests;

/// <summary>
/// "My team" on the demo Production team: the nudges, logging in two clicks, a change for the whole team,
/// the needs-attention filter, a person's page, and the manager's view that shows counts only. Only this
/// class logs foundation moments; the case tests do not look at them.
/// </summary>
public sealed class TeamTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Pieter = "P-1003";
    private const string Fatima = "P-1002";
    private const string Kees = "P-1006";

    [Fact]
    public async Task Sanne_LogsCreditAndATeamChange_TheNudgesUpdate_AndHerPersonPageShowsTheWholeRelation()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await page.FollowAsync("nav.jr-topnav a[href='team']", "team");

        // Kees has never heard how he is getting along: a gentle nudge, not an alarm.
        var keesFeedback = Cell(page, Kees, "HowTheyAreGettingAlong");
        await Expect(keesFeedback).ToHaveAttributeAsync("data-state", "NeverDone");
        await Expect(keesFeedback).ToContainTextAsync("never");
        await Expect(keesFeedback.Locator("[data-nudge]")).ToHaveTextAsync("Not yet");
        await page.ScreenshotAsync("team-en");

        // Credit for Pieter: a click on the cell, a note, Save.
        var pieterCredit = Cell(page, Pieter, "Credit");
        await pieterCredit.Locator("button").ClickAsync();
        var dialog = page.Locator("#moment-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Locator("#moment-foundation-Credit")).ToBeCheckedAsync();
        await Expect(page.Locator($"[data-person='{Pieter}']")).ToBeCheckedAsync();
        await Expect(page.Locator("#moment-date")).ToHaveValueAsync(IsoDate(Today));
        await page.Locator("#moment-note").FillAsync("Found the changeover fault on line 2 himself; thanked him at the shift change.");
        await page.ScreenshotAsync("team-dialog-en", fullPage: false);
        await page.Locator("#moment-save").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Logged “Credit” for Pieter de Boer.");
        await Expect(pieterCredit).ToHaveAttributeAsync("data-state", "Current");
        await Expect(pieterCredit).ToContainTextAsync("today");

        // A change for the whole team. Without saying what changes, the domain refuses, next to the field, and nothing typed is lost.
        await page.Locator("#log-moment").ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await page.Locator("#moment-foundation-ChangeInAdvance").ClickAsync();
        await page.Locator("#whole-team").ClickAsync();
        var effective = IsoDate(Today.AddDays(21));
        await page.Locator("#change-effective").FillAsync(effective);
        await page.Locator("#change-reasons").ClickAsync();
        await page.Locator("#change-reception-Mixed").ClickAsync();
        await page.Locator("#moment-note").FillAsync("Team meeting, everyone there; questions about child care.");
        await page.Locator("#moment-save").ClickAsync();
        var whatError = page.Locator(".mud-input-control:has(#change-what) .mud-input-helper-text.mud-input-error");
        await Expect(whatError).ToHaveTextAsync("Say what changes and when it takes effect.");
        await Expect(page.Locator("#change-effective")).ToHaveValueAsync(effective);
        await Expect(page.Locator("#moment-note")).ToHaveValueAsync("Team meeting, everyone there; questions about child care.");
        await Expect(page.Locator("#whole-team")).ToBeCheckedAsync();
        await page.Locator("#change-what").FillAsync("Line 2 moves to the early shift");
        await page.Locator("#change-reasons").FocusAsync();
        await Expect(whatError).ToHaveCountAsync(0);
        await page.ScreenshotAsync("team-dialog-change-en", fullPage: false);
        await page.Locator("#moment-save").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var changes = page.Locator("#team-grid tbody td[data-foundation='ChangeInAdvance']");
        Assert.True(await changes.CountAsync() >= 6);
        foreach (var cell in await changes.AllAsync())
        {
            await Expect(cell).ToHaveAttributeAsync("data-state", "Current");
            await Expect(cell).ToContainTextAsync("today");
        }

        // Fatima's only open foundation is her ability: once logged, the filter leaves her out.
        var fatimaAbility = Cell(page, Fatima, "BestUseOfAbility");
        await fatimaAbility.Locator("button").ClickAsync();
        await page.Locator("#moment-save").ClickAsync();
        await Expect(fatimaAbility).ToHaveAttributeAsync("data-state", "Current");
        var all = await page.Locator("#team-grid tbody tr").CountAsync();
        await page.Locator("#needs-attention").ClickAsync();
        await Expect(Row(page, Fatima)).ToHaveCountAsync(0);
        await Expect(Row(page, Kees)).ToBeVisibleAsync();
        var shown = await page.Locator("#team-grid tbody tr").CountAsync();
        Assert.True(shown < all);
        await Expect(page.Locator("#team-count")).ToHaveTextAsync($"{shown} of {all} people shown");
        await Expect(page.Locator("label:has(#needs-attention)")).ToContainTextAsync($"({shown})");
        await DismissConfirmationsAsync(page);
        await page.ScreenshotAsync("team-needs-attention-en");

        // Pieter's page: the credit just logged, the change told to the whole team, and Sanne's case about him.
        await page.FollowAsync(Row(page, Pieter).Locator("a"), new Regex(@"/team/\d+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Pieter de Boer");
        var moments = page.Locator("#person-moments");
        await Expect(moments.Locator("li[data-foundation='Credit']").First).ToContainTextAsync("Found the changeover fault on line 2 himself");
        var change = moments.Locator("li[data-foundation='ChangeInAdvance']").First;
        await Expect(change).ToContainTextAsync("Line 2 moves to the early shift");
        await Expect(change).ToContainTextAsync("Mixed");
        await Expect(change).ToContainTextAsync("Together with");
        await Expect(page.Locator("#person-foundations [data-foundation='Credit']")).ToHaveAttributeAsync("data-state", "Current");
        var pieterCase = page.Locator("#person-cases li").Filter(new() { HasText = "Tempo Pieter na overstap naar lijn 2" });
        await Expect(pieterCase).ToBeVisibleAsync();
        await DismissConfirmationsAsync(page);
        await page.ScreenshotAsync("team-person-en");

        await pieterCase.Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/\d+$"));
    }

    [Fact]
    public async Task Karin_SeesPerSupervisorCountsAndPercentages_AndNoNameOrNoteOfAnEmployee()
    {
        var page = await SignedInPageAsync(DemoData.Manager);
        await page.FollowAsync("#foundations-link", "dashboard/foundations");

        var sanne = page.Locator($"#foundations-table tbody[data-supervisor='{DemoData.SupervisorProduction.DisplayName}']");
        await Expect(sanne.Locator("tr[data-foundation]")).ToHaveCountAsync(4);
        await Expect(page.Locator($"#foundations-table tbody[data-supervisor='{DemoData.SupervisorLogistics.DisplayName}']")).ToBeVisibleAsync();
        Assert.True(int.Parse(await sanne.Locator("td[data-column='team']").InnerTextAsync(), CultureInfo.InvariantCulture) >= 6);
        await Expect(sanne.Locator("tr[data-foundation='Credit'] td[data-column='percent'] .jr-found-percent-value")).ToHaveTextAsync(new Regex(@"^\d{1,3}%$"));
        await Expect(page.Locator("#foundations-chart svg")).ToBeVisibleAsync();
        await page.ScreenshotAsync("foundations-manager-en");

        var text = await page.Locator("body").InnerTextAsync();
        var (names, notes) = await EmployeeNamesAndNotesAsync();
        Assert.NotEmpty(names);
        Assert.NotEmpty(notes);
        Assert.All(names, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        Assert.All(notes, note => Assert.DoesNotContain(note, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTeamPages_SpeakDutch()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction, "nl-NL");
        await page.OpenAsync("team");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mijn team");
        await Expect(page.Locator("#team-grid thead th[data-foundation='Credit']")).ToHaveTextAsync("Erkenning");
        await Expect(Cell(page, Kees, "HowTheyAreGettingAlong")).ToContainTextAsync("nooit");
        await page.ScreenshotAsync("team-nl");

        // Opened and closed again without saving: this test leaves the log as it was.
        await Cell(page, Kees, "HowTheyAreGettingAlong").Locator("button").ClickAsync();
        await Expect(page.Locator("#moment-hint")).ToContainTextAsync("Laat elke medewerker weten hoe hij of zij werkt");
        await page.ScreenshotAsync("team-dialog-nl", fullPage: false);
        await page.Locator("#moment-cancel").ClickAsync();
        await Expect(page.Locator("#moment-dialog")).ToHaveCountAsync(0);

        await Row(page, Kees).Locator("a").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#person-moments h2")).ToHaveTextAsync("Momenten");
        await Expect(page.Locator("#person-cases")).ToContainTextAsync("Opmerkingen over een collega in de groepsapp");
        await page.ScreenshotAsync("team-person-nl");
        await page.Context.CloseAsync();

        var manager = await SignedInPageAsync(DemoData.Manager, "nl-NL");
        await manager.OpenAsync("dashboard/foundations");
        await Expect(manager.Locator("h1")).ToHaveTextAsync("Basisregels per leidinggevende");
        await Expect(manager.Locator("#foundations-table thead")).ToContainTextAsync("Teamgrootte");
        await manager.ScreenshotAsync("foundations-manager-nl");
    }

    /// <summary>Closes the "Logged …" confirmations, so a screenshot shows the page under them.</summary>
    private static async Task DismissConfirmationsAsync(IPage page)
    {
        await page.EvaluateAsync("document.querySelectorAll('.mud-snackbar button').forEach(b => b.click())");
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    /// <summary>Today on Sanne's calendar: the organisation's time zone, which is already tomorrow late in the UTC evening.</summary>
    private DateOnly Today =>
        DateOnly.FromDateTime(TimeZones.ToLocal(DateTime.UtcNow, TimeZones.Find(Fixture.App.Services.GetRequiredService<IOptions<OrganisationOptions>>().Value.TimeZone)!));

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Row(IPage page, string employeeNumber) => page.Locator($"#team-grid tbody tr[data-employee='{employeeNumber}']");

    private static ILocator Cell(IPage page, string employeeNumber, string foundation) =>
        Row(page, employeeNumber).Locator($"td[data-foundation='{foundation}']");

    /// <summary>The names of the people in Karin's units and every note and change text in the log: none may reach her.</summary>
    private async Task<(List<string> Names, List<string> Notes)> EmployeeNamesAndNotesAsync()
    {
        await using var db = Fixture.App.CreateDbContext();
        var karin = await db.Users.Include(u => u.ManagedOrgUnits).SingleAsync(u => u.Email == DemoData.Manager.Email);
        var units = karin.ManagedOrgUnits.Select(m => m.OrgUnitId).ToList();
        var names = await db.Employees.Where(e => units.Contains(e.OrgUnitId)).Select(e => e.FullName).ToListAsync();
        var moments = await db.FoundationMoments.ToListAsync();
        var notes = moments.SelectMany(m => new[] { m.Note, m.WhatChanges }).OfType<string>().ToList();
        return (names, notes);
    }
}
