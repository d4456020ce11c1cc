using System.Text;

namespace JrCasework.EndToEndTests;

/// <summary>HR's report on the demo casebook: the figures, a unit of the scope, the CSV download and the print view.</summary>
public sealed class ReportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Eva_SeesTheReport_NarrowsItToAUnit_DownloadsTheCsv_AndOpensThePrintView()
    {
        var page = await SignedInPageAsync(DemoData.Hr, height: 900);

        await page.FollowAsync("a.jr-navlink[href='reports']", "reports");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Reports");
        await Expect(page.Locator("#period-Last12Months")).ToHaveClassAsync(new Regex("mud-toggle-item-selected"));

        // The demo casebook has 20 cases opened in the last twelve months, and more than 5 closed.
        var opened = page.Locator("#tile-opened .jr-rep-tile-number");
        await Expect(opened).ToHaveTextAsync(new Regex(@"^\d+$"));
        var openedCount = int.Parse(await opened.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(openedCount >= 20, $"{openedCount} cases opened");
        await Expect(page.Locator("#report-scope")).ToContainTextAsync($"{DemoData.OrganisationName} and the units below it");
        await Expect(page.Locator("#report-categories-table tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#report-categories-table")).ToContainTextAsync("fewer than 5");
        await Expect(page.Locator("#report-steps-table tbody tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("#report-origins-chart svg")).ToBeVisibleAsync();
        await NoNamesAsync(await page.Locator("#report").InnerTextAsync());
        await page.ScreenshotAsync("reports-en");

        // The CSV of exactly what is shown: UTF-8 with a byte order mark, the same figures, no names.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-export").ClickAsync());
        Assert.Matches(new Regex(@"^jr-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$"), download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("section,item,measure,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains($"summary,opened,count,{openedCount}\r\n", csv, StringComparison.Ordinal);
        await NoNamesAsync(csv);

        // A unit of the scope: Production and the units below it.
        await page.Locator("#report-unit-field .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = DemoData.Production }).ClickAsync();
        await Expect(page.Locator("#report-scope")).ToContainTextAsync($"{DemoData.Production} and the units below it");
        await Expect(page.Locator("#report-units-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#report-export")).ToHaveAttributeAsync("href", new Regex(@"&unit=\d+$"));

        // The print view opens beside the page, without the app's bar, for the same selection.
        var print = await page.Context.RunAndWaitForPageAsync(() => page.Locator("#report-print").ClickAsync());
        await print.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(print.Locator("h1")).ToHaveTextAsync("Case report");
        await Expect(print.Locator(".jr-appbar")).ToHaveCountAsync(0);
        await Expect(print.Locator("#report-scope")).ToContainTextAsync($"{DemoData.Production} and the units below it");
        await Expect(print.Locator("#report-supervisors-table")).ToBeVisibleAsync();
        await print.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(print.Locator("#report-print-now")).ToBeHiddenAsync();
        await print.ScreenshotAsync("reports-print-en");
    }

    [Fact]
    public async Task TheReport_SpeaksDutch_AndNoOneElseGetsIt()
    {
        var page = await SignedInPageAsync(DemoData.Hr, "nl-NL", height: 900);
        await page.OpenAsync("reports");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Rapporten");
        await Expect(page.Locator("#tile-opened")).ToContainTextAsync("Casussen geopend");
        await Expect(page.Locator("#report-categories-table")).ToContainTextAsync("minder dan 5");
        await Expect(page.Locator("#report-export")).ToContainTextAsync("CSV exporteren");
        await page.ScreenshotAsync("reports-nl");

        // What Dutch Excel opens directly: semicolons and decimal commas.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-export").ClickAsync());
        var csv = Encoding.UTF8.GetString((await File.ReadAllBytesAsync((await download.PathAsync())!))[3..]);
        Assert.StartsWith("section;item;measure;value\r\n", csv, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\r\nsummary;objective_met;share;(\d,\d{4}|<5|withheld)\r\n"), csv);
        await page.Context.CloseAsync();

        var manager = await SignedInPageAsync(DemoData.Manager);
        await Expect(manager.Locator("a.jr-navlink[href='reports']")).ToHaveCountAsync(0);
        await manager.GotoAsync("reports");
        await Expect(manager.Locator("#report")).ToHaveCountAsync(0);
        await Expect(manager.GetByRole(AriaRole.Alert)).ToContainTextAsync("You do not have access to this page.");
    }

    /// <summary>No employee's name or number and no supervisor's name of the demo casebook.</summary>
    private async Task NoNamesAsync(string text)
    {
        await using var db = Fixture.App.CreateDbContext();
        var employees = await db.Employees.Select(e => new { e.FullName, e.EmployeeNumber }).ToListAsync();
        var users = await db.Users.Select(u => u.DisplayName).ToListAsync();
        Assert.NotEmpty(employees);
        Assert.All(employees, e =>
        {
            Assert.DoesNotContain(e.FullName, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(e.EmployeeNumber, text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(users, name => Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase));
    }
}
