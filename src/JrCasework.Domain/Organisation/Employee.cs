namespace JrCasework.Domain.Organisation;

/// <summary>
/// A person a case or a foundation moment can be about. Employees are usually not users of the system.
/// </summary>
public sealed class Employee
{
    public const int MaxNameLength = 200;

    public const int MaxNumberLength = 40;

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

    /// <summary>
    /// What is wrong with a name and an employee number typed in the admin form or read from an import, if anything:
    /// both are required, and neither may be longer than its limit. Uniqueness of the number is the database's to say.
    /// </summary>
    public static IReadOnlyList<EmployeeProblem> Check(string? fullName, string? employeeNumber) =>
    [
        .. Problem(EmployeeField.FullName, fullName, MaxNameLength),
        .. Problem(EmployeeField.EmployeeNumber, employeeNumber, MaxNumberLength),
    ];

    private static IEnumerable<EmployeeProblem> Problem(EmployeeField field, string? value, int limit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new EmployeeProblem(field, EmployeeRule.Required, limit);
        }
        else if (TextLimit.Check(value, limit) is var problem and not TextProblem.None)
        {
            yield return new EmployeeProblem(field, problem == TextProblem.TooLong ? EmployeeRule.TooLong : EmployeeRule.UnusableCharacter, limit);
        }
    }
}

/// <summary>The fields of an employee that are typed in or imported.</summary>
public enum EmployeeField
{
    FullName,
    EmployeeNumber,
}

/// <summary>The rules an employee's name and number can break.</summary>
public enum EmployeeRule
{
    Required,
    TooLong,
    UnusableCharacter,
}

/// <summary>A field of an employee that breaks a rule; <paramref name="Limit"/> is that field's maximum length.</summary>
public sealed record EmployeeProblem(EmployeeField Field, EmployeeRule Rule, int Limit);
