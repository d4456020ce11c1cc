namespace JrCasework.Domain.Organisation;

/// <summary>
/// A person a case or a foundation moment can be about. Employees are usually not users of the system.
/// </summary>
public sealed class Employee
{
    private Employee()
    {
        FullName = string.Empty;
        EmployeeNumber = string.Empty;
    }

    /// <summary>Creates an employee in an org unit, optionally with the user id of their supervisor.</summary>
    public Employee(string fullName, string employeeNumber, int orgUnitId, string? supervisorUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeNumber);
        FullName = fullName.Trim();
        EmployeeNumber = employeeNumber.Trim();
        OrgUnitId = orgUnitId;
        SupervisorUserId = supervisorUserId;
    }

    public int Id { get; private set; }

    public string FullName { get; private set; }

    public string EmployeeNumber { get; private set; }

    public int OrgUnitId { get; private set; }

    /// <summary>The user id of the employee's supervisor, if one is assigned.</summary>
    public string? SupervisorUserId { get; private set; }

    /// <summary>The date the employee left the organisation; null while employed.</summary>
    public DateOnly? LeftOn { get; private set; }

    public bool HasLeft => LeftOn is not null;

    /// <summary>Marks the employee as having left on the given date.</summary>
    public void MarkAsLeft(DateOnly leftOn) => LeftOn = leftOn;

    /// <summary>Undoes <see cref="MarkAsLeft"/>: the employee is employed again (or was marked as left by mistake).</summary>
    public void Rejoin() => LeftOn = null;

    /// <summary>Changes the employee's details; name and number are required and trimmed.</summary>
    public void Edit(string fullName, string employeeNumber, int orgUnitId, string? supervisorUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeNumber);
        FullName = fullName.Trim();
        EmployeeNumber = employeeNumber.Trim();
        OrgUnitId = orgUnitId;
        SupervisorUserId = supervisorUserId;
    }
}
