using JrCasework.Web.Features.Admin;
using JrCasework.Web.Features.Admin.Employees;

namespace JrCasework.Web.Tests.Admin;

public sealed class EmployeeEditorTests : ComponentTest
{
    [Fact]
    public void TheServersMessages_AreShownNextToTheirFields()
    {
        var result = new AdminResult(
        [
            new FieldError(EmployeeAdministration.NumberField, AdminRule.NumberTaken, "P-1001"),
            new FieldError(EmployeeAdministration.FullNameField, AdminRule.Required),
        ]);

        var cut = Render<EmployeeEditor>(p => p
            .Add(e => e.Title, "New employee")
            .Add(e => e.Form, new EmployeeForm { EmployeeNumber = "P-1001" })
            .Add(e => e.Units, [new Choice<int>(1, "Production")])
            .Add(e => e.Result, result));

        var number = cut.Find("#employee-number").Closest(".mud-input-control")!;
        var name = cut.Find("#employee-name").Closest(".mud-input-control")!;
        Assert.Contains("Employee number P-1001 is already in use.", number.TextContent, StringComparison.Ordinal);
        Assert.Contains("This field is required.", name.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("#employee-number").GetAttribute("aria-invalid"));
    }
}
