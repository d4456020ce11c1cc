namespace JrCasework.EndToEndTests;

public sealed class AdminOrganisationTests(BrowserFixture fixture) : BrowserTest(fixture), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jrcasework-import-").FullName;

    [Fact]
    public async Task AnAdministrator_AddsAUnitAndAnEmployee_ImportsAFile_AndSeesWhyABadFileIsRefused()
    {
        const string unit = "Packing";
        var admin = await SignedInPageAsync(DemoData.Admin);

        await admin.Locator("#admin-tabs a").Filter(new() { HasText = "Org units" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Org units");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Add sub-unit under {DemoData.Production}" }).ClickAsync();
        await admin.Locator("#unit-name").FillAsync(unit);
        await admin.Locator("#save-unit").ClickAsync();
        var packingRow = admin.Locator("#units-table tr").Filter(new() { HasText = unit });
        await Expect(packingRow).ToBeVisibleAsync();
        await admin.ScreenshotAsync("admin-org-units");

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Rename or move {DemoData.Production}" }).ClickAsync();
        await admin.Locator("#unit-form div.mud-select").First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = unit }).ClickAsync();
        await admin.Locator("#save-unit").ClickAsync();
        await Expect(admin.Locator("#unit-form .mud-input-helper-text.mud-input-error")).ToContainTextAsync(
            $"{DemoData.Production} cannot be placed under {unit}, because {unit} is itself part of {DemoData.Production}.");
        await admin.ScreenshotAsync("admin-org-unit-cycle-refused");

        await admin.Locator("#admin-tabs a").Filter(new() { HasText = "Employees" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Employees");
        await admin.Locator("#new-employee").ClickAsync();
        await admin.Locator("#employee-name").FillAsync("Anna de Wit");
        await admin.Locator("#employee-number").FillAsync("P-1001");
        await admin.Locator("#employee-form div.mud-select").Filter(new() { HasText = "Org unit" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = unit }).ClickAsync();
        await admin.Locator("#employee-form div.mud-select").Filter(new() { HasText = "Supervisor" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = DemoData.SupervisorProduction.DisplayName }).ClickAsync();
        await admin.Locator("#save-employee").ClickAsync();
        await Expect(admin.Locator("#employee-form .mud-input-helper-text.mud-input-error")).ToContainTextAsync("Employee number P-1001 is already in use.");
        await admin.ScreenshotAsync("admin-employee-number-taken");

        await admin.Locator("#employee-number").FillAsync("P-1101");
        await admin.Locator("#save-employee").ClickAsync();
        var anna = admin.Locator("#employees-table tr").Filter(new() { HasText = "P-1101" });
        await Expect(anna).ToContainTextAsync(unit);
        await Expect(anna).ToContainTextAsync(DemoData.SupervisorProduction.DisplayName);

        await admin.Locator("#show-import").ClickAsync();
        var good = WriteFile("team-packing.csv", """
            employee_number;full_name;org_unit;supervisor_email
            P-1102;Youssef Haddad;Packing;sanne@example.com
            P-1103;Boer, Pieter de;Packing;
            """);
        await admin.Locator("#employee-import input[type=file]").Last.SetInputFilesAsync(good);
        await Expect(admin.Locator("#import-success")).ToHaveTextAsync("2 employees imported from team-packing.csv.");
        await Expect(admin.Locator("#employees-table")).ToContainTextAsync("Boer, Pieter de");
        await admin.ScreenshotAsync("admin-employee-import-done");

        var bad = WriteFile("team-bad.csv", """
            employee_number,full_name,org_unit,supervisor_email
            P-1104,Eva Jansen,Packing,
            ,Missing Number,Packing,
            P-1102,Already Imported,Packing,
            P-1105,Wrong Unit,Marketing,
            P-1106,Wrong Supervisor,Packing,manager@example.com
            """);
        await admin.Locator("#employee-import input[type=file]").Last.SetInputFilesAsync(bad);
        await Expect(admin.Locator("#import-failed")).ToContainTextAsync("Nothing was imported from team-bad.csv.");
        var problems = admin.Locator("#import-problems tbody tr");
        await Expect(problems).ToHaveCountAsync(4);
        await Expect(problems.Nth(0).Locator("td")).ToHaveTextAsync(["3", "employee_number", "A value is required."]);
        await Expect(problems.Nth(2).Locator("td")).ToHaveTextAsync(["5", "org_unit", "There is no org unit named \"Marketing\"."]);
        await Expect(admin.Locator("#employees-table")).Not.ToContainTextAsync("Eva Jansen");
        await admin.ScreenshotAsync("admin-employee-import-errors");

        await admin.Locator("#admin-tabs a").Filter(new() { HasText = "Case categories" }).ClickAsync();
        await Expect(admin.Locator("#categories-table")).ToContainTextAsync("Mobility and development");
        await admin.ScreenshotAsync("admin-categories");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
