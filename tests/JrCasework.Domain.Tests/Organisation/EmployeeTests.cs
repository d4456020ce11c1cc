using JrCasework.Domain.Organisation;

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
}
