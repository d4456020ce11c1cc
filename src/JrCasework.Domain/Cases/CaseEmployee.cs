namespace JrCasework.Domain.Cases;

/// <summary>An employee a case concerns; the name is kept so the case reads the same if the employee leaves.</summary>
public sealed class CaseEmployee
{
    private CaseEmployee()
    {
    }

    internal CaseEmployee(int employeeId, string name)
    {
        EmployeeId = employeeId;
        Name = name;
    }

    public int Id { get; private set; }

    public int EmployeeId { get; private set; }

    public string Name { get; private set; } = string.Empty;
}
