namespace JrCasework.Domain.Tests.Cases;

public sealed class CaseAccessTests
{
    private const int OwnUnit = 7;
    private const int OtherUnit = 8;

    private static readonly CaseOwnership Case = new("supervisor-1", OwnUnit, ReferredToUserId: null);

    private static CaseViewer Viewer(string userId, string[] roles, int[]? managed = null, int[]? hrScope = null) =>
        new(userId, roles.ToHashSet(), (managed ?? []).ToHashSet(), (hrScope ?? []).ToHashSet());

    /// <summary>Who may do what (DOMAIN.md §3), one row per viewer: read content, change it, see status, review.</summary>
    public static TheoryData<string, CaseViewer, CaseOwnership, bool, bool, bool, bool> Table() => new()
    {
        { "the owning supervisor", Viewer("supervisor-1", [Roles.Supervisor]), Case, true, true, true, false },
        { "another supervisor in the same unit", Viewer("supervisor-2", [Roles.Supervisor]), Case, false, false, false, false },
        { "the owner's id without the supervisor role", Viewer("supervisor-1", [Roles.Admin]), Case, false, false, false, false },
        { "the manager of the unit", Viewer("manager-1", [Roles.Manager], managed: [OwnUnit]), Case, false, false, true, false },
        { "the manager it was referred to", Viewer("manager-1", [Roles.Manager]), Case with { ReferredToUserId = "manager-1" }, true, false, true, false },
        { "the unit's manager, referred to someone else", Viewer("manager-1", [Roles.Manager], managed: [OwnUnit]), Case with { ReferredToUserId = "manager-2" }, false, false, true, false },
        { "a manager of another unit", Viewer("manager-1", [Roles.Manager], managed: [OtherUnit]), Case, false, false, false, false },
        { "the referred id without the manager role", Viewer("manager-1", [Roles.Supervisor]), Case with { ReferredToUserId = "manager-1" }, false, false, false, false },
        { "HR with the unit in scope", Viewer("hr-1", [Roles.Hr], hrScope: [3, OwnUnit]), Case, true, false, true, true },
        { "HR out of scope", Viewer("hr-1", [Roles.Hr], hrScope: [OtherUnit]), Case, false, false, false, false },
        { "a scope without the HR role", Viewer("manager-1", [Roles.Manager], hrScope: [OwnUnit]), Case, false, false, false, false },
        { "an administrator with units and scope", Viewer("admin-1", [Roles.Admin], managed: [OwnUnit], hrScope: [OwnUnit]), Case, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachViewer_MayDoWhatTheTableSays(string who, CaseViewer viewer, CaseOwnership @case, bool read, bool change, bool status, bool review)
    {
        Assert.Equal(
            (who, read, change, status, review),
            (who, CaseAccess.CanReadContent(viewer, @case), CaseAccess.CanChangeContent(viewer, @case), CaseAccess.CanSeeStatus(viewer, @case), CaseAccess.CanReview(viewer, @case)));
    }

    [Fact]
    public void CaseOwnership_Of_TakesOwnerUnitAndReferral_FromTheCase()
    {
        var @case = new CaseBuilder()
            .WithPlan(CaseBuilder.CompletePlan with { Handling = Handling.ReferredToManager, ManagerUserId = CaseBuilder.ManagerId })
            .InStep(CaseStep.TakeAction);

        Assert.Equal(new CaseOwnership(CaseBuilder.OwnerId, CaseBuilder.UnitId, CaseBuilder.ManagerId), CaseOwnership.Of(@case));
    }
}
