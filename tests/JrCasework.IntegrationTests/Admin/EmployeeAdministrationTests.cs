using JrCasework.Web.Features.Admin.Employees;

namespace JrCasework.IntegrationTests.Admin;

public sealed class EmployeeAdministrationTests : AppTest
{
    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task EveryOperation_ByANonAdministrator_IsRefused(string email)
    {
        await using var scope = await AsAsync(email);
        var employees = scope.Get<EmployeeAdministration>();
        var someone = (await Factory.CreateDbContext().Employees.FirstAsync()).Id;

        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.ListAsync(new EmployeeFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.OrgUnitsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.SupervisorsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.AddAsync(new EmployeeForm { FullName = "X", EmployeeNumber = "X-1", OrgUnitId = 1 }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.EditAsync(someone, new EmployeeForm { FullName = "X", EmployeeNumber = "X-1", OrgUnitId = 1 }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.MarkAsLeftAsync(someone, new DateOnly(2026, 1, 1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => employees.RejoinAsync(someone));
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<EmployeeImporter>().ImportAsync(new MemoryStream("employee_number,full_name,org_unit\n"u8.ToArray())));
    }

    [Fact]
    public async Task List_FiltersByUnitAndSearchesNameOrNumber()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var logistics = (await employees.OrgUnitsAsync()).Single(u => u.Name == DemoData.Logistics);

        var all = await employees.ListAsync(new EmployeeFilter());
        var inLogistics = await employees.ListAsync(new EmployeeFilter(logistics.Id));
        var byName = await employees.ListAsync(new EmployeeFilter(Search: "yilmaz"));
        var byNumber = await employees.ListAsync(new EmployeeFilter(Search: "L-200"));

        Assert.Equal(14, all.Count);
        Assert.Equal(5, inLogistics.Count);
        Assert.All(inLogistics, e => Assert.Equal(DemoData.Logistics, e.OrgUnit));
        Assert.Equal("Tom Peeters", inLogistics[0].Supervisor);
        Assert.Equal("Fatima Yilmaz", Assert.Single(byName).FullName);
        Assert.Equal(5, byNumber.Count);
    }

    [Fact]
    public async Task Supervisors_AreTheActiveUsersWithTheSupervisorRole()
    {
        await using var scope = await AsAdminAsync();

        var supervisors = await scope.Get<EmployeeAdministration>().SupervisorsAsync();

        Assert.Equal([DemoData.SupervisorProduction.DisplayName, DemoData.SupervisorLogistics.DisplayName], supervisors.Select(s => s.Name));
    }

    [Fact]
    public async Task Add_CreatesTheEmployee_WithUnitAndSupervisor()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var production = (await employees.OrgUnitsAsync()).Single(u => u.Name == DemoData.Production);
        var sanne = (await employees.SupervisorsAsync()).Single(s => s.Name == DemoData.SupervisorProduction.DisplayName);

        var result = await employees.AddAsync(new EmployeeForm { FullName = " Anna de Wit ", EmployeeNumber = " P-1010 ", OrgUnitId = production.Id, SupervisorUserId = sanne.Id });

        Assert.True(result.Succeeded);
        var anna = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1010")));
        Assert.Equal("Anna de Wit", anna.FullName);
        Assert.Equal("P-1010", anna.EmployeeNumber);
        Assert.Equal(DemoData.Production, anna.OrgUnit);
        Assert.Equal(DemoData.SupervisorProduction.DisplayName, anna.Supervisor);
    }

    [Fact]
    public async Task Add_WithMissingFields_ReportsEachFieldAndAddsNothing()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();

        var result = await employees.AddAsync(new EmployeeForm());

        Assert.Equal("This field is required.", Said(result, EmployeeAdministration.FullNameField));
        Assert.Equal("This field is required.", Said(result, EmployeeAdministration.NumberField));
        Assert.Equal("This field is required.", Said(result, EmployeeAdministration.OrgUnitField));
        Assert.Null(result.ErrorFor(EmployeeAdministration.SupervisorField));
        Assert.Equal(14, (await employees.ListAsync(new EmployeeFilter())).Count);
    }

    [Fact]
    public async Task Add_WithATakenNumberOrASupervisorWhoIsNotOne_IsRefusedNextToTheField()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var unit = (await employees.OrgUnitsAsync()).First();
        var managerId = (await Factory.CreateDbContext().Users.SingleAsync(u => u.Email == DemoData.Manager.Email)).Id;

        var result = await employees.AddAsync(new EmployeeForm { FullName = "Copy", EmployeeNumber = "P-1001", OrgUnitId = unit.Id, SupervisorUserId = managerId });

        Assert.Equal("Employee number P-1001 is already in use.", Said(result, EmployeeAdministration.NumberField));
        Assert.Equal("Choose an active user with the Supervisor role.", Said(result, EmployeeAdministration.SupervisorField));
    }

    [Fact]
    public async Task Add_InDutch_ExplainsInDutch()
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("nl-NL");
        try
        {
            await using var scope = await AsAdminAsync();
            var unit = (await scope.Get<EmployeeAdministration>().OrgUnitsAsync()).First();

            var result = await scope.Get<EmployeeAdministration>().AddAsync(new EmployeeForm { FullName = "Kopie", EmployeeNumber = "P-1001", OrgUnitId = unit.Id });

            Assert.Equal("Personeelsnummer P-1001 is al in gebruik.", Said(result, EmployeeAdministration.NumberField));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Edit_ChangesTheDetails_AndKeepingItsOwnNumberIsFine()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var jan = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001")));
        var logistics = (await employees.OrgUnitsAsync()).Single(u => u.Name == DemoData.Logistics);

        var form = EmployeeForm.From(jan);
        form.FullName = "Jan Smit-de Groot";
        form.OrgUnitId = logistics.Id;
        form.SupervisorUserId = null;
        var result = await employees.EditAsync(jan.Id, form);
        var taken = await employees.EditAsync(jan.Id, new EmployeeForm { FullName = "Jan", EmployeeNumber = "P-1002", OrgUnitId = logistics.Id });

        Assert.True(result.Succeeded);
        Assert.Equal("Employee number P-1002 is already in use.", Said(taken, EmployeeAdministration.NumberField));
        var edited = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001")));
        Assert.Equal("Jan Smit-de Groot", edited.FullName);
        Assert.Equal(DemoData.Logistics, edited.OrgUnit);
        Assert.Null(edited.Supervisor);
    }

    [Fact]
    public async Task MarkAsLeft_HidesTheEmployee_UnlessAskedFor_AndRejoinUndoesIt()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var jan = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001")));

        await employees.MarkAsLeftAsync(jan.Id, new DateOnly(2026, 10, 31));

        Assert.Empty(await employees.ListAsync(new EmployeeFilter(Search: "P-1001")));
        var left = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001", IncludeLeft: true)));
        Assert.Equal(new DateOnly(2026, 10, 31), left.LeftOn);

        await employees.RejoinAsync(jan.Id);

        Assert.Null(Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001"))).LeftOn);
    }

    [Fact]
    public async Task MarkAsLeft_OnADateYearsAhead_IsRefusedAtTheField_AndTheEmployeeStays()
    {
        await using var scope = await AsAdminAsync();
        var employees = scope.Get<EmployeeAdministration>();
        var jan = Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001")));

        var result = await employees.MarkAsLeftAsync(jan.Id, new DateOnly(9999, 12, 31));

        Assert.Equal("Choose a date no more than 5 years ahead.", Said(result, EmployeeAdministration.LeftOnField));
        Assert.Null(Assert.Single(await employees.ListAsync(new EmployeeFilter(Search: "P-1001"))).LeftOn);
    }
}
