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

    [Fact]
    public async Task Hr_SeesNeitherTheCaseOutsideTheirScope_ThatAListInScopeWasAskedFor_NorThePrivacyOfficersSearches()
    {
        await fixture.EnsureHrForLogisticsAsync();
        var production = await fixture.OpenSannesCaseAsync("Asked for in Production");
        var tomsCase = (await TomsCasesAsync())[0];
        await using (var db = fixture.CreateDbContext())
        {
            // A record about Production's case that showed one of Logistics' cases (as the similar cases do, across units).
            db.AuditLog.Add(new AuditRecord(DateTime.UtcNow, await fixture.UserIdAsync(DemoData.SupervisorProduction.Email), AuditActions.SimilarCasesRead,
                production.Id).Showing([tomsCase]));
            await db.SaveChangesAsync();
        }

        await using (var officer = await fixture.AsAsync(DemoData.PrivacyOfficer.Email))
        {
            await officer.Get<AuditTrail>().SearchAsync(new AuditFilter(Case: (await ReferenceAsync(tomsCase))));
        }

        await using var hr = await fixture.AsAsync(CaseFixture.HrLogisticsEmail);
        var trail = hr.Get<AuditTrail>();
        var byTomsCase = await trail.SearchAsync(new AuditFilter(Case: await ReferenceAsync(tomsCase)));
        var byProduction = await trail.SearchAsync(new AuditFilter(Case: production.Reference));

        var similar = Assert.Single(byTomsCase.Rows, r => r.Action == AuditActions.SimilarCasesRead);
        Assert.Equal((null, null, true, 1), (similar.CaseId, similar.CaseReference, similar.OtherCase, similar.ShownCases));
        Assert.DoesNotContain(byTomsCase.Rows, r => r.Action.StartsWith("audit.", StringComparison.Ordinal) && r.UserName == DemoData.PrivacyOfficer.DisplayName);
        Assert.True(byProduction.UnknownCase);
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

    private async Task<List<int>> TomsCasesAsync()
    {
        await using var db = fixture.CreateDbContext();
        var tom = await fixture.UserIdAsync(DemoData.SupervisorLogistics.Email);
        return await db.Cases.Where(c => c.OwnerUserId == tom).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private async Task<string> ReferenceAsync(int caseId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync();
    }

    private async Task<AuditRecord> LastAsync(string action)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditLog.Where(a => a.Action == action).OrderByDescending(a => a.Sequence).FirstAsync();
    }
}
