namespace JrCasework.Domain.Tests.Cases;

public sealed class CaseAccessTests
{
    private const int OwnUnit = 7;
    private const int OtherUnit = 8;

    private static readonly CaseOwnership Case = new("supervisor-1", OwnUnit, ReferredToUserId: null);

    private static CaseViewer Viewer(string userId, string[] roles, int[]? managed = null, int[]? hrScope = null) =>
        new(userId, roles.ToHashSet(), (managed ?? []).ToHashSet(), (hrScope ?? []).ToHashSet());

    [Fact]
    public void OwningSupervisor_ReadsAndChanges_AndSeesStatus()
    {
        var owner = Viewer("supervisor-1", [Roles.Supervisor]);

        Assert.True(CaseAccess.CanReadContent(owner, Case));
        Assert.True(CaseAccess.CanChangeContent(owner, Case));
        Assert.True(CaseAccess.CanSeeStatus(owner, Case));
    }

    [Fact]
    public void OtherSupervisor_InTheSameUnit_SeesNothing()
    {
        var other = Viewer("supervisor-2", [Roles.Supervisor]);

        Assert.False(CaseAccess.CanReadContent(other, Case));
        Assert.False(CaseAccess.CanChangeContent(other, Case));
        Assert.False(CaseAccess.CanSeeStatus(other, Case));
    }

    [Fact]
    public void OwnerId_WithoutTheSupervisorRole_DoesNotGrantAccess()
    {
        var formerSupervisor = Viewer("supervisor-1", [Roles.Admin]);

        Assert.False(CaseAccess.CanReadContent(formerSupervisor, Case));
        Assert.False(CaseAccess.CanChangeContent(formerSupervisor, Case));
    }

    [Fact]
    public void Manager_OfTheUnit_SeesStatus_ButNotContent()
    {
        var manager = Viewer("manager-1", [Roles.Manager], managed: [OwnUnit]);

        Assert.True(CaseAccess.CanSeeStatus(manager, Case));
        Assert.False(CaseAccess.CanReadContent(manager, Case));
        Assert.False(CaseAccess.CanChangeContent(manager, Case));
    }

    [Fact]
    public void Manager_ReferredTo_ReadsContent_ButDoesNotChangeIt()
    {
        var manager = Viewer("manager-1", [Roles.Manager]);
        var referred = Case with { ReferredToUserId = "manager-1" };

        Assert.True(CaseAccess.CanReadContent(manager, referred));
        Assert.True(CaseAccess.CanSeeStatus(manager, referred));
        Assert.False(CaseAccess.CanChangeContent(manager, referred));
    }

    [Fact]
    public void Manager_WhenTheCaseIsReferredToSomeoneElse_DoesNotReadIt()
    {
        var manager = Viewer("manager-1", [Roles.Manager], managed: [OwnUnit]);
        var referred = Case with { ReferredToUserId = "manager-2" };

        Assert.False(CaseAccess.CanReadContent(manager, referred));
        Assert.True(CaseAccess.CanSeeStatus(manager, referred));
    }

    [Fact]
    public void Manager_OfAnotherUnit_SeesNothing()
    {
        var manager = Viewer("manager-1", [Roles.Manager], managed: [OtherUnit]);

        Assert.False(CaseAccess.CanSeeStatus(manager, Case));
        Assert.False(CaseAccess.CanReadContent(manager, Case));
    }

    [Fact]
    public void ReferredUserId_WithoutTheManagerRole_DoesNotGrantAccess()
    {
        var supervisor = Viewer("manager-1", [Roles.Supervisor]);

        Assert.False(CaseAccess.CanReadContent(supervisor, Case with { ReferredToUserId = "manager-1" }));
    }

    [Fact]
    public void Hr_InScope_ReadsContent_ButDoesNotChangeIt()
    {
        var hr = Viewer("hr-1", [Roles.Hr], hrScope: [3, OwnUnit]);

        Assert.True(CaseAccess.CanReadContent(hr, Case));
        Assert.True(CaseAccess.CanSeeStatus(hr, Case));
        Assert.False(CaseAccess.CanChangeContent(hr, Case));
    }

    [Fact]
    public void Hr_OutOfScope_SeesNothing()
    {
        var hr = Viewer("hr-1", [Roles.Hr], hrScope: [OtherUnit]);

        Assert.False(CaseAccess.CanReadContent(hr, Case));
        Assert.False(CaseAccess.CanSeeStatus(hr, Case));
    }

    [Fact]
    public void HrScope_WithoutTheHrRole_DoesNotGrantAccess()
    {
        var manager = Viewer("manager-1", [Roles.Manager], hrScope: [OwnUnit]);

        Assert.False(CaseAccess.CanReadContent(manager, Case));
    }

    [Fact]
    public void Admin_SeesNothing_EvenWithUnitsAndScope()
    {
        var admin = Viewer("admin-1", [Roles.Admin], managed: [OwnUnit], hrScope: [OwnUnit]);

        Assert.False(CaseAccess.CanReadContent(admin, Case));
        Assert.False(CaseAccess.CanChangeContent(admin, Case));
        Assert.False(CaseAccess.CanSeeStatus(admin, Case));
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
