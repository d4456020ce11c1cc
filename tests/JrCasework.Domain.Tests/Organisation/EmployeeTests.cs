namespace JrCasework.Domain.Tests.Organisation;

public sealed class EmployeeTests
{
    [Fact]
    public void New_IsEmployed_WithTrimmedNameAndNumber()
    {
        var employee = new Employee(" Jan Smit ", " P-1001 ", orgUnitId: 3, supervisorUserId: "sup-1");

        Assert.Equal("Jan Smit", employee.FullName);
        Assert.Equal("P-1001", employee.EmployeeNumber);
        Assert.Equal("sup-1", employee.SupervisorUserId);
        Assert.False(employee.HasLeft);
    }

    [Fact]
    public void MarkAsLeft_RecordsTheDate()
    {
        var employee = new Employee("Jan Smit", "P-1001", 3, null);

        employee.MarkAsLeft(new DateOnly(2026, 10, 31));

        Assert.True(employee.HasLeft);
        Assert.Equal(new DateOnly(2026, 10, 31), employee.LeftOn);
    }

    [Theory]
    [InlineData("", "P-1")]
    [InlineData("Jan", " ")]
    public void New_WithoutNameOrNumber_IsRefused(string name, string number) =>
        Assert.ThrowsAny<ArgumentException>(() => new Employee(name, number, 1, null));

    [Fact]
    public void Check_AFilledInNameAndNumber_HasNoProblems() =>
        Assert.Empty(Employee.Check("Jan Smit", "P-1001"));

    [Fact]
    public void Check_NamesEachMissingField()
    {
        Assert.Equal(
            [new EmployeeProblem(EmployeeField.FullName, EmployeeRule.Required, Employee.MaxNameLength),
             new EmployeeProblem(EmployeeField.EmployeeNumber, EmployeeRule.Required, Employee.MaxNumberLength)],
            Employee.Check(" ", null));
    }

    [Fact]
    public void Check_RefusesTooLongValues_ButTrimsFirst()
    {
        var problems = Employee.Check(new string('a', Employee.MaxNameLength + 1), "  " + new string('1', Employee.MaxNumberLength) + "  ");

        Assert.Equal([new EmployeeProblem(EmployeeField.FullName, EmployeeRule.TooLong, Employee.MaxNameLength)], problems);
    }
}
