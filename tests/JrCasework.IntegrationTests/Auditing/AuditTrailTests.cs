using JrCasework.Domain.Auditing;
using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Features.Audit;

namespace JrCasework.IntegrationTests.Auditing;

/// <summary>The audit trail page's service and download (decision 033): who may search it, what a search finds, and that using it is recorded.</summary>
public sealed class AuditTrailTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task ThePrivacyOfficer_SearchingACase_FindsItsOpening_ReadsRefusalsAndTheListsThatShowedIt_NewestFirst()
    {
        var opened = await fixture.OpenSannesCaseAsync("Audit me");
        await using (var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email))
        {
            await sanne.Get<CaseService>().GetAsync(opened.Id);
            await sanne.Get<CaseQueries>().MyCasesAsync(new CaseListFilter());
        }

        await using (var tom = await fixture.AsAsync(DemoData.SupervisorLogistics.Email))
        {
            await Assert.ThrowsAsync<CaseNotFoundException>(() => tom.Get<CaseService>().GetAsync(opened.Id));
        }

        await using var officer = await fixture.AsAsync(DemoData.PrivacyOfficer.Email);
        var page = await officer.Get<AuditTrail>().SearchAsync(new AuditFilter(Case: opened.Reference.ToLowerInvariant()));

        Assert.Equal(["case.refused", "case.list", "case.read", "case.open"], page.Rows.Select(r => r.Action));
        Assert.Equal(page.Rows.Select(r => r.Sequence).OrderDescending(), page.Rows.Select(r => r.Sequence));
        Assert.Equal(DemoData.SupervisorLogistics.DisplayName, page.Rows[0].UserName);
        Assert.True(page.Rows[1].ShownCases >= 1);
        Assert.Equal(opened.Reference, page.Rows[2].CaseReference);
        Assert.Equal(4, page.Total);

        var search = await LastAsync(AuditActions.AuditSearch);
        Assert.Equal((await fixture.UserIdAsync(DemoData.PrivacyOfficer.Email), opened.Id), (search.UserId, search.CaseId));
    }

    [Fact]
    public async Task AUserSearch_ShowsWhatThatUserDid_AndAKindNarrowsIt()
    {
        var opened = await fixture.OpenSannesCaseAsync("What did Tom try");
        await using (var tom = await fixture.AsAsync(DemoData.SupervisorLogistics.Email))
        {
            await Assert.ThrowsAsync<CaseNotFoundException>(() => tom.Get<CaseService>().GetAsync(opened.Id));
            await tom.Get<CaseQueries>().MyCasesAsync(new CaseListFilter());
        }

        await using var officer = await fixture.AsAsync(DemoData.PrivacyOfficer.Email);
        var trail = officer.Get<AuditTrail>();
        var all = await trail.SearchAsync(new AuditFilter(User: " TOM@example.com "[1..^1]));
        var refusals = await trail.SearchAsync(new AuditFilter(User: DemoData.SupervisorLogistics.Email, Kind: AuditKind.Refusals));

        var tomId = await fixture.UserIdAsync(DemoData.SupervisorLogistics.Email);
        Assert.All(all.Rows, r => Assert.Equal(tomId, r.UserId));
        Assert.Contains(all.Rows, r => r.Action == "case.list");
        Assert.All(refusals.Rows, r => Assert.Equal("case.refused", r.Action));
        Assert.Contains(refusals.Rows, r => r.CaseId == opened.Id && r.Detail == "read");
        Assert.Equal(AuditRecord.UserSubject(tomId), (await LastAsync(AuditActions.AuditSearch)).Subject);
    }

    [Fact]
    public async Task AnUnknownCaseOrUser_FindsNothing_AndSaysSo()
    {
        await using var officer = await fixture.AsAsync(DemoData.PrivacyOfficer.Email);
        var trail = officer.Get<AuditTrail>();

        var noCase = await trail.SearchAsync(new AuditFilter(Case: "JR-1999-0001"));
        var noUser = await trail.SearchAsync(new AuditFilter(User: "nobody@example.com"));

        Assert.Equal((true, 0), (noCase.UnknownCase, noCase.Total));
        Assert.Equal((true, 0), (noUser.UnknownUser, noUser.Total));
    }

    [Fact]
    public async Task Hr_SeesOnlyRecordsAboutCasesInTheirScope()
    {
        await fixture.EnsureHrForLogisticsAsync();
        var production = await fixture.OpenSannesCaseAsync("Production only");
        await using var hr = await fixture.AsAsync(CaseFixture.HrLogisticsEmail);
        var trail = hr.Get<AuditTrail>();

        var byCase = await trail.SearchAsync(new AuditFilter(Case: production.Reference));
        var everything = await trail.SearchAsync(new AuditFilter());

        Assert.Equal(0, byCase.Total);
        Assert.DoesNotContain(everything.Rows, r => r.CaseId == production.Id);
        Assert.DoesNotContain(everything.Rows, r => r.Action.StartsWith("admin.", StringComparison.Ordinal));
        await using var fullHr = await fixture.AsAsync(DemoData.Hr.Email);
        Assert.True((await fullHr.Get<AuditTrail>().SearchAsync(new AuditFilter(Case: production.Reference))).Total > 0);
    }

    [Theory]
    [InlineData("sanne@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("admin@example.com")]
    public async Task AnyoneElse_IsRefusedTheTrail_ItsDownload_AndTheCheck(string email)
    {
        await using var other = await fixture.AsAsync(email);
        var trail = other.Get<AuditTrail>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => trail.SearchAsync(new AuditFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => trail.ExportAsync(new AuditFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => trail.VerifyAsync());
        using var client = await BrowserLikeClient.SignedInAsync(fixture, email);
        Assert.NotEqual(HttpStatusCode.OK, await client.StatusOfAsync("/audit/export.csv"));
    }

    [Fact]
    public async Task TheCheck_OnTheDemoData_IsIntact_AndIsRecordedWithItsOutcome()
    {
        await using var officer = await fixture.AsAsync(DemoData.PrivacyOfficer.Email);

        var verification = await officer.Get<AuditTrail>().VerifyAsync();

        Assert.True(verification.IsIntact);
        Assert.Equal($"intact:{verification.Checked}", (await LastAsync(AuditActions.AuditVerify)).Detail);
    }

    [Fact]
    public async Task TheDownload_IsACsvOfTheSearch_InTheUsersLanguage_AndIsRecorded()
    {
        var opened = await fixture.OpenSannesCaseAsync("Download me");
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.PrivacyOfficer.Email);
        await BrowserLikeClient.UseLanguageAsync(client, "nl-NL");

        using var response = await client.GetAsync($"/audit/export.csv?case={opened.Reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await BrowserLikeClient.CsvLinesAsync(response);
        Assert.StartsWith("Nr.;Wanneer;Gebruiker;", lines[0]);
        Assert.Contains(lines, l => l.Contains(";case.open;" + opened.Reference + ";", StringComparison.Ordinal));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(opened.Id, (await LastAsync(AuditActions.AuditExport)).CaseId);
        Assert.Equal(HttpStatusCode.BadRequest, await client.StatusOfAsync("/audit/export.csv?from=2026-13-01"));
    }

    private async Task<AuditRecord> LastAsync(string action)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditLog.Where(a => a.Action == action).OrderByDescending(a => a.Sequence).FirstAsync();
    }
}
