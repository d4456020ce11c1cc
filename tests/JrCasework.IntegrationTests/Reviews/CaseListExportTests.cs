using System.Text;
using JrCasework.Web.Features.Reviews;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>The CSV export of the outcome list: pseudonymised, complete, audited.</summary>
public sealed class CaseListExportTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Header =
        "Case,Unit,Category,How it reached the supervisor,Objective met,Action helped,Rounds,Opened (month),Closed (month),Days to close,Supervisor,Reviewed,Good example";

    [Fact]
    public async Task TheExport_HoldsNoNameEmployeeNumberTitleOrText_EvenWhenTheCaseIsFullOfThem()
    {
        var markers = new[]
        {
            "QXTITLE4471", "QXOBJECTIVE4471", "Qxander Markerfield", "QXNUM-4471", "QXFACT4471", "QXLESSON4471", "QXHELPED4471",
            "QXREMARK4471", "QXADVICE4471",
        };
        await PlantEmployeeAsync("Qxander Markerfield", "QXNUM-4471");
        var id = await ReviewCases.OpenAsync(fixture, DemoData.SupervisorProduction.Email, "QXNUM-4471", "Late again QXTITLE4471");
        await ReviewCases.ChangeAsync(fixture, DemoData.SupervisorProduction.Email, id, "objective.change", (c, by) => c.ChangeObjective("On time QXOBJECTIVE4471", by));
        await ReviewCases.WalkToCheckResultsAsync(fixture, DemoData.SupervisorProduction.Email, id, factText: "Late QXFACT4471");
        await ReviewCases.CloseAsync(fixture, DemoData.SupervisorProduction.Email, id,
            new OutcomeInput(ObjectiveMet.Yes, true, "Better QXHELPED4471", "Ask early QXLESSON4471"));
        await using (var hr = await fixture.AsAsync(DemoData.Hr.Email))
        {
            await hr.Get<ReviewService>().SaveAsync(id, ReviewCases.GoodReview with { Remarks = "QXREMARK4471", Advice = "QXADVICE4471" }, null);
        }

        var csv = await ExportAsync(new OutcomeFilter { Reviewed = ReviewedFilter.All, IncludeOpen = true });

        string reference;
        await using (var db = fixture.CreateDbContext())
        {
            reference = await db.Cases.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync();
        }

        var pseudonyms = fixture.Services.GetRequiredService<Pseudonyms>();
        Assert.Contains(pseudonyms.Case(id), csv, StringComparison.Ordinal);
        Assert.All(markers, marker => Assert.DoesNotContain(marker, csv, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(reference, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("JR-", csv, StringComparison.Ordinal);
        foreach (var person in new[] { DemoData.SupervisorProduction, DemoData.SupervisorLogistics, DemoData.Hr, DemoData.Manager })
        {
            Assert.DoesNotContain(person.DisplayName, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Email, csv, StringComparison.OrdinalIgnoreCase);
        }

        await using var names = fixture.CreateDbContext();
        foreach (var employee in await names.Employees.ToListAsync())
        {
            Assert.DoesNotContain(employee.FullName, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(employee.EmployeeNumber, csv, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheExport_IsUtf8WithABom_HasTheHeader_AndARowPerCaseOfTheList()
    {
        var closed = await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorLogistics.Email, "L-2004", ObjectiveMet.Partly, categoryId: 4, origin: ProblemOrigin.SawItComing);
        var filter = new OutcomeFilter { Reviewed = ReviewedFilter.All };
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        var total = (await hr.Get<OutcomeQueries>().ListAsync(filter)).Total;
        using var file = new MemoryStream();

        var written = await hr.Get<CaseListExport>().WriteAsync(filter, file);

        var bytes = file.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(total, written);
        Assert.Equal(total, lines.Length - 1);

        var today = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var supervisor = await SupervisorPseudonymAsync(DemoData.SupervisorLogistics.Email);
        var row = Assert.Single(lines, l => l.StartsWith(fixture.Services.GetRequiredService<Pseudonyms>().Case(closed) + ",", StringComparison.Ordinal));
        Assert.Equal(
            $"{fixture.Services.GetRequiredService<Pseudonyms>().Case(closed)},Logistics,Cooperation and conflict,I saw it coming,Partly,Yes,1,{today},{today},0,{supervisor},No,No",
            row);
    }

    [Fact]
    public async Task InDutch_TheColumnsAndWordsAreDutch()
    {
        await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorProduction.Email, "P-1002", ObjectiveMet.No);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var csv = await ExportAsync(new OutcomeFilter { Outcome = ObjectiveMet.No, Reviewed = ReviewedFilter.All });

            Assert.StartsWith("Casus,Afdeling,Categorie,Hoe het bij de leidinggevende terechtkwam,Doel bereikt,Actie hielp,", csv, StringComparison.Ordinal);
            Assert.Contains(",Aanwezigheid en verzuim,Het kwam naar boven,Nee,Nee,", csv, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task EachExport_WritesOneAuditRecord_WithoutACase()
    {
        var before = await ReviewCases.AuditCountAsync(fixture, "outcomes.export");

        await ExportAsync(new OutcomeFilter());

        Assert.Equal(before + 1, await ReviewCases.AuditCountAsync(fixture, "outcomes.export"));
    }

    private async Task<string> ExportAsync(OutcomeFilter filter)
    {
        await using var hr = await fixture.AsAsync(DemoData.Hr.Email);
        using var file = new MemoryStream();
        await hr.Get<CaseListExport>().WriteAsync(filter, file);
        return Encoding.UTF8.GetString(file.ToArray()).TrimStart('\uFEFF');
    }

    private async Task PlantEmployeeAsync(string name, string number)
    {
        await using var db = fixture.CreateDbContext();
        if (await db.Employees.AnyAsync(e => e.EmployeeNumber == number))
        {
            return;
        }

        var production = await db.OrgUnits.SingleAsync(u => u.Name == DemoData.Production);
        var sanne = await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorProduction.Email);
        db.Employees.Add(new Employee(name, number, production.Id, sanne.Id));
        await db.SaveChangesAsync();
    }

    private async Task<string> SupervisorPseudonymAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return fixture.Services.GetRequiredService<Pseudonyms>().Supervisor(id);
    }
}
