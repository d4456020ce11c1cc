using JrCasework.IntegrationTests.Reviews;
using JrCasework.Web.Features.Privacy;

namespace JrCasework.IntegrationTests.Privacy;

/// <summary>Legal holds on the real app: who may place and lift them, what is recorded, and HR's list.</summary>
public sealed class LegalHoldTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task HrInScope_PlacesAndLiftsAHold_WithReasons_EachAuditedAndInTheHistory()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1002");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        var holds = hr.Get<LegalHolds>();

        await holds.PlaceAsync(closed, "Claim filed at the labour court");
        var held = await holds.GetAsync(closed);
        await holds.LiftAsync(closed, "Claim settled");
        var past = (await holds.GetAsync(closed)).Past;
        Assert.Equal([(false, "Claim settled"), (true, "Claim filed at the labour court")], past.Select(p => (p.Placed, p.Reason)));

        Assert.Equal((true, true, "Claim filed at the labour court", DemoData.Hr.DisplayName), (held.CanChange, held.IsOnHold, held.Reason, held.ByName));
        Assert.False((await holds.GetAsync(closed)).IsOnHold);
        await using var db = fixture.CreateDbContext();
        var hrId = await fixture.UserIdAsync(DemoData.Hr.Email);
        var audit = await db.AuditLog.Where(a => a.CaseId == closed).OrderByDescending(a => a.Sequence).Take(2).ToListAsync();
        Assert.Equal([("case.hold.lift", hrId), ("case.hold.place", hrId)], audit.Select(a => (a.Action, a.UserId)));
        var history = await db.CaseHistory.Where(h => EF.Property<int?>(h, "CaseId") == closed).OrderByDescending(h => h.Id).Take(2).ToListAsync();
        Assert.Equal([CaseEvent.HoldLifted, CaseEvent.HoldPlaced], history.Select(h => h.Event));
    }

    [Fact]
    public async Task TheOwningSupervisor_SeesThatTheCaseIsHeld_ButNotWhy_AndCannotLiftIt()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1003");
        await using (var hr = await fixture.AsAsync(DemoData.Hr.Email))
        {
            await hr.Get<LegalHolds>().PlaceAsync(closed, "Inquiry by the labour inspectorate");
        }

        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var seen = await sanne.Get<LegalHolds>().GetAsync(closed);

        Assert.Equal((false, true, null, null, 0), (seen.CanChange, seen.IsOnHold, seen.Reason, seen.ByName, seen.Past.Count));
        var history = (await sanne.Get<CaseService>().GetAsync(closed)).History;
        Assert.True(Assert.Single(history, h => h.Event == CaseEvent.HoldPlaced).HoldsHrOnlyText);
        await Assert.ThrowsAsync<CaseNotFoundException>(() => sanne.Get<LegalHolds>().LiftAsync(closed, "I want it gone"));
        await using var db = fixture.CreateDbContext();
        var refusal = await db.AuditLog.Where(a => a.CaseId == closed).OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal(("case.refused", "hold.lift"), (refusal.Action, refusal.Detail));
        Assert.True(await db.Cases.Where(c => c.Id == closed).Select(c => c.HoldSinceUtc != null).SingleAsync());
    }

    [Fact]
    public async Task HrForAnotherUnit_CannotSeeOrHoldTheCase()
    {
        await fixture.EnsureHrForLogisticsAsync();
        var opened = await fixture.OpenSannesCaseAsync("Held elsewhere");
        await using var hr = await fixture.AsAsync(CaseFixture.HrLogisticsEmail);

        await Assert.ThrowsAsync<CaseNotFoundException>(() => hr.Get<LegalHolds>().GetAsync(opened.Id));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => hr.Get<LegalHolds>().PlaceAsync(opened.Id, "Not mine"));
        Assert.DoesNotContain(await hr.Get<LegalHolds>().ListAsync(), r => r.CaseId == opened.Id);
    }

    [Fact]
    public async Task HrsList_ShowsTheHeldCasesInScope_LongestHeldFirst_AndRecordsWhichItShowed()
    {
        var first = await fixture.OpenSannesCaseAsync("Held first");
        var second = await fixture.OpenSannesCaseAsync("Held second");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        await hr.Get<LegalHolds>().PlaceAsync(first.Id, "Dispute");
        await hr.Get<LegalHolds>().PlaceAsync(second.Id, "Claim");

        var rows = await hr.Get<LegalHolds>().ListAsync();

        var mine = rows.Where(r => r.CaseId == first.Id || r.CaseId == second.Id).ToList();
        Assert.Equal([(first.Id, "Dispute"), (second.Id, "Claim")], mine.Select(r => (r.CaseId, r.Reason)));
        await using var db = fixture.CreateDbContext();
        var list = await db.AuditLog.Where(a => a.Action == "holds.list").OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal(rows.Select(r => r.CaseId).Order(), list.ShownCases.Select(s => s.CaseId));
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sanne.Get<LegalHolds>().ListAsync());
    }

    [Fact]
    public async Task AHoldWithoutAReason_IsRefused_AndNothingIsSaved()
    {
        var opened = await fixture.OpenSannesCaseAsync("No reason");
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);

        var refusal = await Assert.ThrowsAsync<CaseRuleException>(() => hr.Get<LegalHolds>().PlaceAsync(opened.Id, "  "));

        Assert.Equal(CaseRule.HoldReasonRequired, refusal.Rule);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.AuditLog.AnyAsync(a => a.CaseId == opened.Id && a.Action == "case.hold.place"));
    }
}
