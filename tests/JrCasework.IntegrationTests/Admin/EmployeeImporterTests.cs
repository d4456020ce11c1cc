using System.Text;
using JrCasework.Web.Features.Admin.Employees;

namespace JrCasework.IntegrationTests.Admin;

public sealed class EmployeeImporterTests : AppTest
{
    private const int DemoEmployees = 14;
    private async Task<ImportReport> ImportAsync(string csv, Encoding? encoding = null)
    {
        await using var scope = await AsAsync(DemoData.Admin.Email);
        return await scope.Get<EmployeeImporter>().ImportAsync(new MemoryStream((encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(csv)).ToArray()));
    }

    private async Task<int> EmployeeCountAsync() => await Factory.CreateDbContext().Employees.CountAsync();

    [Fact]
    public async Task AGoodCommaFile_ImportsEveryRow_WithUnitAndSupervisor()
    {
        var report = await ImportAsync("""
            employee_number,full_name,org_unit,supervisor_email
            P-2001,Anna de Wit,Production,sanne@example.com
            L-3001,Youssef Haddad,logistics,
            C-4001,"Vries, Marieke de",Customer Service,
            """);

        Assert.True(report.Succeeded, string.Join(" | ", report.Problems));
        Assert.Equal(3, report.Imported);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(DemoEmployees + 3, await db.Employees.CountAsync());
        var anna = await db.Employees.SingleAsync(e => e.EmployeeNumber == "P-2001");
        var sanne = await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email);
        Assert.Equal("Anna de Wit", anna.FullName);
        Assert.Equal(sanne.Id, anna.SupervisorUserId);
        Assert.Equal(sanne.OrgUnitId, anna.OrgUnitId);
        Assert.Null((await db.Employees.SingleAsync(e => e.EmployeeNumber == "L-3001")).SupervisorUserId);
        Assert.Equal("Vries, Marieke de", (await db.Employees.SingleAsync(e => e.EmployeeNumber == "C-4001")).FullName);
    }

    [Fact]
    public async Task ASemicolonFile_AsDutchExcelSavesIt_IsImported()
    {
        var report = await ImportAsync("""
            employee_number;full_name;org_unit;supervisor_email
            P-2002;Boer, Pieter de;Production;SANNE@example.com
            L-3002;Ingrid Müller-Öztürk;Logistics;tom@example.com
            """);

        Assert.True(report.Succeeded, string.Join(" | ", report.Problems));
        Assert.Equal(2, report.Imported);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Boer, Pieter de", (await db.Employees.SingleAsync(e => e.EmployeeNumber == "P-2002")).FullName);
        Assert.Equal("Ingrid Müller-Öztürk", (await db.Employees.SingleAsync(e => e.EmployeeNumber == "L-3002")).FullName);
    }

    [Fact]
    public async Task AFileWithBadRows_ImportsNothing_AndReportsEveryProblemWithRowAndColumn()
    {
        var report = await ImportAsync("""
            employee_number,full_name,org_unit,supervisor_email
            P-2003,Good Row,Production,
            ,No Number,Production,
            P-2004,,Production,
            P-2005,Unknown Unit,Marketing,
            P-2006,Not A Supervisor,Production,manager@example.com
            P-1001,Already There,Production,
            P-2003,Twice In File,Logistics,
            P-2007,Nobody,Production,nobody@example.com
            """);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Imported);
        Assert.Equal(DemoEmployees, await EmployeeCountAsync());
        Assert.Equal(
            [
                (3, "employee_number", "A value is required."),
                (4, "full_name", "A value is required."),
                (5, "org_unit", "There is no org unit named \"Marketing\"."),
                (6, "supervisor_email", "manager@example.com is not an active user with the Supervisor role."),
                (7, "employee_number", "Employee number P-1001 already exists."),
                (8, "employee_number", "Employee number P-2003 also appears in row 2."),
                (9, "supervisor_email", "nobody@example.com is not an active user with the Supervisor role."),
            ],
            report.Problems.Select(p => (p.Row, p.Column, Said(p))));
    }

    [Fact]
    public async Task AFileWithoutARequiredColumn_SaysWhichColumnIsMissing()
    {
        var report = await ImportAsync("""
            number;name;org_unit
            P-2008;Someone;Production
            """);

        Assert.Equal(["employee_number", "full_name"], report.Problems.Select(p => p.Column));
        Assert.All(report.Problems, p => Assert.Equal(1, p.Row));
        Assert.Equal(DemoEmployees, await EmployeeCountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("employee_number,full_name,org_unit\n\n")]
    public async Task AnEmptyFile_IsReported(string csv)
    {
        var report = await ImportAsync(csv);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Equal(DemoEmployees, await EmployeeCountAsync());
    }

    [Fact]
    public async Task AFileThatIsNotUtf8_IsRefusedWithAHintHowToSaveIt()
    {
        var report = await ImportAsync("employee_number;full_name;org_unit\nP-2009;Zoë Brontë;Production\n", Encoding.Latin1);

        Assert.Contains("CSV UTF-8", Said(Assert.Single(report.Problems)), StringComparison.Ordinal);
        Assert.Equal(DemoEmployees, await EmployeeCountAsync());
    }
}
