using JrCasework.Web.Features.Admin.Employees;

namespace JrCasework.Web.Tests.Admin;

public sealed class ImportReportViewTests : ComponentTest
{
    private static readonly ImportReport Failed = new(0,
    [
        new ImportProblem(3, "employee_number", ImportRule.Missing),
        new ImportProblem(5, "org_unit", ImportRule.UnknownUnit, "Marketing"),
        new ImportProblem(0, "", ImportRule.Empty),
    ]);

    [Fact]
    public void BeforeAnyImport_ShowsNothing()
    {
        var cut = Render<ImportReportView>();

        Assert.Empty(cut.FindAll("#import-report"));
    }

    [Fact]
    public void ASuccessfulImport_SaysHowManyEmployeesCameFromWhichFile()
    {
        var cut = Render<ImportReportView>(p => p.Add(v => v.Report, new ImportReport(12, [])).Add(v => v.FileName, "team.csv"));

        Assert.Equal("12 employees imported from team.csv.", cut.Find("#import-success").TextContent.Trim());
        Assert.Empty(cut.FindAll("#import-problems"));
    }

    [Fact]
    public void AFailedImport_SaysNothingWasImported_AndListsEveryProblemByRowAndColumn()
    {
        var cut = Render<ImportReportView>(p => p.Add(v => v.Report, Failed).Add(v => v.FileName, "team.csv"));

        Assert.Contains("Nothing was imported from team.csv.", cut.Find("#import-failed").TextContent, StringComparison.Ordinal);
        Assert.Contains("3 problems found.", cut.Find("#import-failed").TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("#import-problems tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["3", "employee_number", "A value is required."], rows[0]);
        Assert.Equal(["5", "org_unit", "There is no org unit named \"Marketing\"."], rows[1]);
        Assert.Equal(["whole file", "–", "The file is empty."], rows[2]);
    }

    [Fact]
    public void InDutch_TheReportIsDutch()
    {
        UseCulture("nl-NL");

        var cut = Render<ImportReportView>(p => p.Add(v => v.Report, Failed).Add(v => v.FileName, "team.csv"));

        Assert.Contains("Er is niets geïmporteerd uit team.csv.", cut.Find("#import-failed").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Rij", "Kolom", "Probleem"], cut.FindAll("#import-problems th").Select(h => h.TextContent.Trim()));
        Assert.Equal("Er is geen afdeling met de naam \"Marketing\".", cut.FindAll("#import-problems tbody tr")[1].Children[2].TextContent.Trim());
    }
}
