using System.Text;
using CsvHelper;

namespace JrCasework.Web.Features.Admin.Employees;

/// <summary>What is wrong in an import file; the report view says it in the administrator's language (<c>Import.{rule}</c>).</summary>
public enum ImportRule
{
    NotUtf8,
    TooLarge,
    Empty,
    MissingColumn,
    Malformed,
    NoRows,
    DuplicateInFile,
    DuplicateInDatabase,
    Missing,
    TooLong,
    UnusableCharacter,
    UnknownUnit,
    AmbiguousUnit,
    UnknownSupervisor,
}

/// <summary>
/// A problem in one row of an import file: the row as a spreadsheet numbers it (the header is row 1), the column,
/// the rule it breaks and the values its message names.
/// </summary>
public sealed record ImportProblem(int Row, string Column, ImportRule Rule, params object[] Values);

/// <summary>How an import went: the number of employees added, or every problem found (and nothing imported).</summary>
public sealed record ImportReport(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports employees from a CSV file (UTF-8, comma or semicolon separated, as Excel saves it in English or Dutch)
/// with the columns employee_number, full_name, org_unit and optionally supervisor_email.
/// Every row is checked first; a file with any problem imports nothing, so an administrator can fix the file
/// and upload it again without creating half an organisation.
/// </summary>
internal sealed class EmployeeImporter(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    ILogger<EmployeeImporter> logger)
{
    public const string NumberColumn = "employee_number";
    public const string NameColumn = "full_name";
    public const string UnitColumn = "org_unit";
    public const string SupervisorColumn = "supervisor_email";

    /// <summary>The largest file accepted, in bytes.</summary>
    public const long MaxFileSize = 1024 * 1024;

    private static readonly string[] RequiredColumns = [NumberColumn, NameColumn, UnitColumn];

    public async Task<ImportReport> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);

        string content;
        try
        {
            using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            content = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return Refused(new ImportProblem(0, "", ImportRule.NotUtf8));
        }

        var (rows, problems) = Parse(content);
        if (problems.Count > 0)
        {
            return Refused([.. problems]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employees = await ValidateAsync(db, rows, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return Refused([.. problems.OrderBy(p => p.Row)]);
        }

        // One SaveChanges is one transaction: either every row is added or none is.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Employees.AddRange(employees);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.EmployeeImport, "employee:import", $"{employees.Count} added", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Count} employees imported by {AdminId}", employees.Count, adminId);
        return new ImportReport(employees.Count, []);
    }

    private ImportReport Refused(params ImportProblem[] problems)
    {
        logger.LogInformation("Employee import refused with {ProblemCount} problems", problems.Length);
        return new ImportReport(0, problems);
    }

    /// <summary>Reads the rows by column name; reports a file without a header, missing columns or no data.</summary>
    private (List<ImportRow> Rows, List<ImportProblem> Problems) Parse(string content)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();

        // The separator (comma, or semicolon as Dutch Excel writes) is detected from the file, an Excel "sep=;" line included.
        var options = CsvReaderOptions.Default with { HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true };
        using var csv = CsvReader.FromText(content, options);
        try
        {
            var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet();
            if (header.Count == 0)
            {
                problems.Add(new ImportProblem(0, "", ImportRule.Empty));
                return (rows, problems);
            }

            foreach (var column in RequiredColumns.Where(c => !header.Contains(c)))
            {
                problems.Add(new ImportProblem(1, column, ImportRule.MissingColumn, column));
            }

            if (problems.Count > 0)
            {
                return (rows, problems);
            }

            var hasSupervisor = header.Contains(SupervisorColumn);
            while (csv.Read())
            {
                var row = new ImportRow(
                    (int)csv.LineNumber,
                    csv.GetString(NumberColumn).Trim(),
                    csv.GetString(NameColumn).Trim(),
                    csv.GetString(UnitColumn).Trim(),
                    hasSupervisor ? csv.GetString(SupervisorColumn).Trim() : "");
                if (row.Number.Length + row.Name.Length + row.Unit.Length + row.SupervisorEmail.Length > 0)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new ImportProblem((int)exception.LineNumber, "", ImportRule.Malformed));
            return (rows, problems);
        }

        if (rows.Count == 0)
        {
            problems.Add(new ImportProblem(0, "", ImportRule.NoRows));
        }

        return (rows, problems);
    }

    /// <summary>Checks every row against the rules and the database, collecting every problem; returns the employees to add.</summary>
    private async Task<List<Employee>> ValidateAsync(
        JrCaseworkDbContext db, List<ImportRow> rows, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var units = (await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .ToLookup(u => u.Name.Trim(), u => u.Id, StringComparer.OrdinalIgnoreCase);
        var supervisors = (await db.ActiveInRole(Roles.Supervisor).Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(cancellationToken))
            .Where(u => u.NormalizedEmail is not null)
            .ToDictionary(u => u.NormalizedEmail!, u => u.Id);
        var numbers = rows.Select(r => r.Number).Where(n => n.Length > 0).Distinct().ToList();
        var existing = (await db.Employees.Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => e.EmployeeNumber).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstRowOfNumber = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        var employees = new List<Employee>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var checks = Employee.Check(row.Name, row.Number);
            problems.AddRange(ProblemsOf(row.Line, checks, EmployeeField.EmployeeNumber));
            if (checks.All(p => p.Field != EmployeeField.EmployeeNumber))
            {
                if (firstRowOfNumber.TryGetValue(row.Number, out var firstRow))
                {
                    problems.Add(new ImportProblem(row.Line, NumberColumn, ImportRule.DuplicateInFile, row.Number, firstRow));
                }
                else
                {
                    firstRowOfNumber[row.Number] = row.Line;
                    if (existing.Contains(row.Number))
                    {
                        problems.Add(new ImportProblem(row.Line, NumberColumn, ImportRule.DuplicateInDatabase, row.Number));
                    }
                }
            }

            problems.AddRange(ProblemsOf(row.Line, checks, EmployeeField.FullName));

            var unitIds = units[row.Unit].ToList();
            if (row.Unit.Length == 0)
            {
                problems.Add(new ImportProblem(row.Line, UnitColumn, ImportRule.Missing));
            }
            else if (unitIds.Count == 0)
            {
                problems.Add(new ImportProblem(row.Line, UnitColumn, ImportRule.UnknownUnit, row.Unit));
            }
            else if (unitIds.Count > 1)
            {
                problems.Add(new ImportProblem(row.Line, UnitColumn, ImportRule.AmbiguousUnit, row.Unit));
            }

            string? supervisorId = null;
            if (row.SupervisorEmail.Length > 0 && !supervisors.TryGetValue(row.SupervisorEmail.ToUpperInvariant(), out supervisorId))
            {
                problems.Add(new ImportProblem(row.Line, SupervisorColumn, ImportRule.UnknownSupervisor, row.SupervisorEmail));
            }

            if (problems.Count == before)
            {
                employees.Add(new Employee(row.Name, row.Number, unitIds[0], supervisorId));
            }
        }

        return employees;
    }

    private sealed record ImportRow(int Line, string Number, string Name, string Unit, string SupervisorEmail);

    /// <summary>The problems <see cref="Employee.Check"/> found in one field, as rows of the import report.</summary>
    private static IEnumerable<ImportProblem> ProblemsOf(int line, IReadOnlyList<EmployeeProblem> checks, EmployeeField field) =>
        checks.Where(p => p.Field == field).Select(p => new ImportProblem(
            line,
            field == EmployeeField.FullName ? NameColumn : NumberColumn,
            p.Rule switch { EmployeeRule.Required => ImportRule.Missing, EmployeeRule.TooLong => ImportRule.TooLong, _ => ImportRule.UnusableCharacter },
            p.Limit));
}
