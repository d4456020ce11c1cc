using JrCasework.Domain.Foundations;

namespace JrCasework.Domain.Tests.Foundations;

public sealed class FoundationMomentTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    [Fact]
    public void Credit_ForOnePerson_IsLogged()
    {
        var moment = FoundationMoment.Log("sanne", Foundation.Credit, [7], Today, "  Stayed late to fix line 2  ", null, Now);

        Assert.Equal(Foundation.Credit, moment.Foundation);
        Assert.Equal([7], moment.Employees.Select(e => e.EmployeeId));
        Assert.Equal("Stayed late to fix line 2", moment.Note);
        Assert.Null(moment.Change);
    }

    [Fact]
    public void AChange_ToTheWholeTeam_KeepsWhatWhenWhyAndHowItWasReceived()
    {
        var change = new ChangeDetails("Three shifts from January", new DateOnly(2027, 1, 4), ReasonsExplained: true, Reception.Mixed);

        var moment = FoundationMoment.Log("sanne", Foundation.ChangeInAdvance, [1, 2, 3, 3], Today, null, change, Now);

        Assert.Equal([1, 2, 3], moment.Employees.Select(e => e.EmployeeId));
        Assert.Equal(change, moment.Change);
    }

    [Fact]
    public void NoOne_IsRefused() =>
        AssertRefused(FoundationRule.SomeoneRequired, () => FoundationMoment.Log("sanne", Foundation.Credit, [], Today, null, null, Now));

    [Fact]
    public void ADateInTheFuture_IsRefused() =>
        AssertRefused(FoundationRule.DateInFuture, () => FoundationMoment.Log("sanne", Foundation.Credit, [1], Today.AddDays(1), null, null, Now));

    [Fact]
    public void ADateOverAYearBack_IsRefused() =>
        AssertRefused(FoundationRule.DateTooOld, () => FoundationMoment.Log("sanne", Foundation.Credit, [1], Today.AddDays(-367), null, null, Now));

    [Fact]
    public void AChange_WithoutWhatChanges_IsRefused() =>
        AssertRefused(FoundationRule.ChangeDetailsRequired, () => FoundationMoment.Log("sanne", Foundation.ChangeInAdvance, [1], Today, "told them", null, Now));

    [Fact]
    public void ChangeDetails_OnCredit_AreRefused() =>
        AssertRefused(FoundationRule.ChangeDetailsOnlyForChanges, () =>
            FoundationMoment.Log("sanne", Foundation.Credit, [1], Today, null, new ChangeDetails("x", Today, false, Reception.Accepted), Now));

    [Fact]
    public void ALongNote_IsRefused() =>
        AssertRefused(FoundationRule.TextTooLong, () => FoundationMoment.Log("sanne", Foundation.Credit, [1], Today, new string('x', 1001), null, Now));

    private static void AssertRefused(FoundationRule rule, Action log) =>
        Assert.Equal(rule, Assert.Throws<FoundationRuleException>(log).Rule);
}
