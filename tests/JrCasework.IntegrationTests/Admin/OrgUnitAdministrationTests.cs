using JrCasework.Web.Features.Admin.OrgUnits;

namespace JrCasework.IntegrationTests.Admin;

public sealed class OrgUnitAdministrationTests : AppTest
{
    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task EveryOperation_ByANonAdministrator_IsRefused(string email)
    {
        await using var scope = await AsAsync(email);
        var units = scope.Get<OrgUnitAdministration>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => units.TreeAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => units.AddAsync("Sneaky", null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => units.UpdateAsync(1, "Renamed", null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => units.DeleteAsync(1));
        Assert.DoesNotContain(Factory.CreateDbContext().OrgUnits, u => u.Name == "Sneaky" || u.Name == "Renamed");
    }

    [Fact]
    public async Task Tree_ListsEachUnitFollowedByItsSubUnits_WithDepthAndUse()
    {
        await using var scope = await AsAdminAsync();

        var tree = await scope.Get<OrgUnitAdministration>().TreeAsync();

        Assert.Equal([DemoData.OrganisationName, DemoData.CustomerService, DemoData.Logistics, DemoData.Production], tree.Select(u => u.Name));
        Assert.Equal([0, 1, 1, 1], tree.Select(u => u.Depth));
        var production = tree.Single(u => u.Name == DemoData.Production);
        Assert.Equal(6, production.Employees);
        Assert.True(production.IsInUse);
    }

    [Fact]
    public async Task Add_PutsTheUnitUnderItsParent()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        var production = (await units.TreeAsync()).Single(u => u.Name == DemoData.Production);

        var result = await units.AddAsync("  Packing line 1 ", production.Id);

        Assert.True(result.Succeeded);
        var tree = await units.TreeAsync();
        var added = tree.Single(u => u.Name == "Packing line 1");
        Assert.Equal(production.Id, added.ParentId);
        Assert.Equal(2, added.Depth);
        Assert.False(added.IsInUse);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Add_WithoutAName_SaysTheNameIsRequired(string name)
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        var before = (await units.TreeAsync()).Count;

        var result = await units.AddAsync(name, null);

        Assert.Equal("This field is required.", Said(result, OrgUnitAdministration.NameField));
        Assert.Equal(before, (await units.TreeAsync()).Count);
    }

    [Fact]
    public async Task Add_WithATooLongNameOrAnUnknownParent_IsRefusedPerField()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();

        var tooLong = await units.AddAsync(new string('x', 101), null);
        var noParent = await units.AddAsync("Orphan", 9999);

        Assert.Equal("At most 100 characters.", Said(tooLong, OrgUnitAdministration.NameField));
        Assert.Equal("This unit no longer exists; reload the page.", Said(noParent, OrgUnitAdministration.ParentField));
    }

    [Fact]
    public async Task Update_RenamesAndMovesUnderAnotherParent()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        var tree = await units.TreeAsync();
        var logistics = tree.Single(u => u.Name == DemoData.Logistics);
        var production = tree.Single(u => u.Name == DemoData.Production);

        var result = await units.UpdateAsync(logistics.Id, "Warehouse", production.Id);

        Assert.True(result.Succeeded);
        var moved = (await units.TreeAsync()).Single(u => u.Id == logistics.Id);
        Assert.Equal("Warehouse", moved.Name);
        Assert.Equal(production.Id, moved.ParentId);
        Assert.Equal(2, moved.Depth);
    }

    [Fact]
    public async Task Update_UnderItsOwnSubUnit_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        var production = (await units.TreeAsync()).Single(u => u.Name == DemoData.Production);
        await units.AddAsync("Packing", production.Id);
        var packing = (await units.TreeAsync()).Single(u => u.Name == "Packing");
        await units.AddAsync("Packing line 1", packing.Id);
        var line = (await units.TreeAsync()).Single(u => u.Name == "Packing line 1");

        var underGrandchild = await units.UpdateAsync(production.Id, "Production renamed", line.Id);
        var underItself = await units.UpdateAsync(production.Id, DemoData.Production, production.Id);

        Assert.Equal(
            "Production cannot be placed under Packing line 1, because Packing line 1 is itself part of Production. Move Packing line 1 elsewhere first.",
            Said(underGrandchild, OrgUnitAdministration.ParentField));
        Assert.Equal("Production cannot be placed under itself.", Said(underItself, OrgUnitAdministration.ParentField));
        var unchanged = (await units.TreeAsync()).Single(u => u.Id == production.Id);
        Assert.Equal(DemoData.Production, unchanged.Name);
        Assert.NotNull(unchanged.ParentId);
        Assert.NotEqual(line.Id, unchanged.ParentId);
    }

    [Fact]
    public async Task Update_ToTheTopLevel_IsAllowed()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        var customerService = (await units.TreeAsync()).Single(u => u.Name == DemoData.CustomerService);

        var result = await units.UpdateAsync(customerService.Id, customerService.Name, null);

        Assert.True(result.Succeeded);
        Assert.Equal(0, (await units.TreeAsync()).Single(u => u.Id == customerService.Id).Depth);
    }

    [Fact]
    public async Task Delete_AnUnusedUnit_RemovesIt_ButAUnitInUse_IsRefused()
    {
        await using var scope = await AsAdminAsync();
        var units = scope.Get<OrgUnitAdministration>();
        await units.AddAsync("Temporary", null);
        var tree = await units.TreeAsync();
        var temporary = tree.Single(u => u.Name == "Temporary");
        var organisation = tree.Single(u => u.Name == DemoData.OrganisationName);
        var logistics = tree.Single(u => u.Name == DemoData.Logistics);

        var deleted = await units.DeleteAsync(temporary.Id);
        var withSubUnitsAndUsers = await units.DeleteAsync(organisation.Id);
        var withEmployees = await units.DeleteAsync(logistics.Id);

        Assert.True(deleted.Succeeded);
        Assert.Contains("still in use", Said(withSubUnitsAndUsers, Assert.Single(withSubUnitsAndUsers.Errors).Field), StringComparison.Ordinal);
        Assert.False(withEmployees.Succeeded);
        Assert.Equal(tree.Count - 1, (await units.TreeAsync()).Count);
    }
}
