using JrCasework.Domain.Auditing;
using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Features.Reports;

namespace JrCasework.IntegrationTests.Reports;

/// <summary>The report's CSV download and print view through the real endpoints, signed in through the real sign-in form.</summary>
public sealed class ReportHttpTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly string QuarterLink = "/" + ReportEndpoints.ExportLink(ReportFixture.Quarter, null);
    private static readonly string PrintLink = "/" + ReportEndpoints.PrintLink(ReportFixture.Quarter, null);
    private static readonly Dictionary<string, string> Links = new() { ["export"] = QuarterLink, ["print"] = PrintLink };

    [Fact]
    public async Task TheExport_IsUtf8CsvWithAByteOrderMark_WithTheReportsFiguresAndHiddenGroups()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);

        using var response = await client.GetAsync(QuarterLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("jr-report-2026-07-01-to-2026-09-30.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var lines = await BrowserLikeClient.CsvLinesAsync(response);
        Assert.Equal("section,item,measure,value", lines[0]);
        AssertHasRows(
            lines,
            "report,scope,unit,Rpt Organisation",
            "summary,opened,count,20", "summary,closed,count,17", "summary,objective_met,share,0.4118", "summary,time_to_close,median_days,40",
            "step,CheckResults,median_days,30",
            "outcome,No,count,withheld", "outcome,No,share,withheld",
            "category,Performance,closed,<5", "category,Performance,objective_met_share,<5", "category,Attendance,objective_met_share,0.3846",
            "month,2026-09,closed,withheld",
            "follow_ups,Late,count,withheld", "follow_ups,Missed,count,<5",
            "unit,Rpt Assembly,objective_met_share,0.4167", "unit,Rpt Packing,objective_met_share,<5");
        Assert.All(lines, line => Assert.Equal(4, line.Split(',').Length));
    }

    [Fact]
    public async Task TheExport_ForADutchUser_IsWhatDutchExcelOpens_SemicolonsAndDecimalCommas_DatesStillIso()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);
        await BrowserLikeClient.UseLanguageAsync(client, "nl-NL");

        using var response = await client.GetAsync(QuarterLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await BrowserLikeClient.CsvLinesAsync(response);
        Assert.Equal("section;item;measure;value", lines[0]);
        AssertHasRows(
            lines,
            "report;period;from;2026-07-01",
            "summary;opened;count;20", "summary;objective_met;share;0,4118",
            "month;2026-09;closed;withheld",
            "unit;Rpt Assembly;objective_met_share;0,4167");
        Assert.All(lines, line => Assert.Equal(4, line.Split(';').Length));
    }

    [Fact]
    public async Task TheExport_HoldsNoNameEmployeeNumberTitleOrText_AndNoUserId()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);

        var csv = await client.GetStringAsync(QuarterLink);

        Assert.Contains("supervisor,S-", csv, StringComparison.Ordinal);
        Assert.All(ReportFixture.Markers, marker => Assert.DoesNotContain(marker, csv, StringComparison.OrdinalIgnoreCase));
        Assert.All(fixture.UserIds.Values, id => Assert.DoesNotContain(id, csv, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("@example.com", csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EachExport_IsAudited()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);
        var before = await ExportsAsync();

        using var response = await client.GetAsync(QuarterLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await ExportsAsync());
    }

    [Fact]
    public async Task HrForOneUnit_IsRefusedTheExportOfAnother()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HenkEmail);

        using var response = await client.GetAsync("/" + ReportEndpoints.ExportLink(ReportFixture.Quarter, fixture.UnitIds["assembly"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnExportWithoutAPeriod_IsABadRequest()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);

        using var response = await client.GetAsync("/reports/export.csv?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePrintView_IsTheReportWithoutTheAppsBar_AndIsAuditedAsAView()
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.HannaEmail);
        var before = await AuditsAsync(AuditActions.ReportView);

        var html = await client.GetStringAsync(PrintLink);

        Assert.Contains("<h1>Case report</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"id=""tile-opened""[^>]*><span class=""jr-rep-tile-number""[^>]*>20</span>", html);
        Assert.Contains("fewer than 5", html, StringComparison.Ordinal);
        Assert.DoesNotContain("jr-appbar", html, StringComparison.Ordinal);
        Assert.All(ReportFixture.Markers, marker => Assert.DoesNotContain(marker, html, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before + 1, await AuditsAsync(AuditActions.ReportView));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("print")]
    public async Task ASupervisor_IsRefusedTheReport(string view)
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture.App, ReportFixture.AnnaEmail);

        using var response = await client.GetAsync(Links[view]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("print")]
    public async Task Nobody_SignedIn_IsSentToSignIn(string view)
    {
        using var client = BrowserLikeClient.Anonymous(fixture.App);

        using var response = await client.GetAsync(Links[view]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Asserts that the CSV has each of <paramref name="rows"/> as a line of its own.</summary>
    private static void AssertHasRows(string[] lines, params string[] rows) => Assert.All(rows, row => Assert.Contains(row, lines));

    private Task<int> ExportsAsync() => AuditsAsync(AuditActions.ReportExport);

    private async Task<int> AuditsAsync(string action)
    {
        await using var db = fixture.App.CreateDbContext();
        return await db.AuditLog.CountAsync(a => a.UserId == fixture.UserIds["hanna"] && a.Action == action && a.CaseId == null);
    }
}
