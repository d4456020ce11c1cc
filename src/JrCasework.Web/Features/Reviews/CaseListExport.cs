using System.Globalization;
using CsvHelper;
using JrCasework.Web.Features.Cases;

namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// The outcome list as a CSV file for HR's own analysis, pseudonymised: a case and its supervisor are
/// codes (<see cref="Pseudonyms"/>), and there is no reference, title, name, employee number or free
/// text — only the unit, the category, choices and dates to the month. Each export leaves one
/// <c>outcomes.export</c> audit record. Column names and words are in the user's language, and so are the
/// separator and decimal sign (<see cref="CsvFiles"/>); months are ISO (yyyy-MM), the file is UTF-8 with a byte
/// order mark so Excel reads it.
/// </summary>
internal sealed class CaseListExport(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    UserClock userClock,
    Pseudonyms pseudonyms,
    IStringLocalizer<ReviewResource> text,
    IStringLocalizer<CaseResource> caseText)
{
    public const string ContentType = CsvFiles.ContentType;

    /// <summary>The columns, in order; each one's name is the text <c>Export.{column}</c>.</summary>
    private static readonly string[] Columns =
    [
        "Case", "Unit", "Category", "Origin", "Outcome", "ActionHelped", "Loops", "OpenedMonth", "ClosedMonth", "DaysToClose",
        "Supervisor", "Reviewed", "GoodExample",
    ];

    /// <summary>The name the download gets, e.g. <c>outcomes-2026-11-26.csv</c>.</summary>
    public string FileName => $"outcomes-{userClock.Today:yyyy-MM-dd}.csv";

    /// <summary>Writes every case of the filtered list (all pages) to <paramref name="destination"/>, which stays open.</summary>
    public async Task<int> WriteAsync(OutcomeFilter filter, Stream destination, CancellationToken cancellationToken = default)
    {
        var (userId, scope) = await OutcomeQueries.ScopeAsync(currentUser, userClock.Today, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await WriteAsync(db, scope, filter, destination, pseudonyms, text, caseText, cancellationToken);
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, AuditActions.OutcomesExport, null));
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>The file itself, without access check or audit: given the scope, on any context (the benchmark calls this directly).</summary>
    internal static async Task<int> WriteAsync(
        JrCaseworkDbContext db, OutcomeScope scope, OutcomeFilter filter, Stream destination, Pseudonyms pseudonyms,
        IStringLocalizer<ReviewResource> text, IStringLocalizer<CaseResource> caseText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var units = (await OutcomeList.UnitsAsync(db, scope, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var categories = await db.CaseCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.NameIn(language), cancellationToken);

        // Looked up once, not once per row: an export of a year is tens of thousands of rows.
        var (yes, no) = (text["Export.Yes"].Value, text["Export.No"].Value);
        var origins = Enum.GetValues<ProblemOrigin>().ToDictionary(o => o, o => caseText.Name(o));
        var outcomes = Enum.GetValues<ObjectiveMet>().ToDictionary(o => o, o => caseText.Name(o));
        var supervisors = new Dictionary<string, string>();
        string YesNo(bool value) => value ? yes : no;

        var rows = 0;
        await using var csv = CsvWriter.Create(destination, CsvFiles.ForCurrentUser().Options, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(text[$"Export.{column}"].Value);
        }

        await csv.EndRecordAsync(cancellationToken);
        await foreach (var (row, ownerUserId) in OutcomeList.AllAsync(db, scope, filter with { Page = 1 }, cancellationToken))
        {
            csv.WriteField(pseudonyms.Case(row.Id));
            csv.WriteField(units.GetValueOrDefault(row.UnitId));
            csv.WriteField(categories.GetValueOrDefault(row.CategoryId));
            csv.WriteField(origins[row.Origin]);
            csv.WriteField(row.ObjectiveMet is { } met ? outcomes[met] : null);
            csv.WriteField(row.ActionHelped is { } helped ? YesNo(helped) : null);
            csv.WriteField(row.Loops, default);
            csv.WriteField(row.OpenedAtUtc.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            csv.WriteField(row.ClosedAtUtc?.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            csv.WriteField(row.DaysToClose, default);
            if (!supervisors.TryGetValue(ownerUserId, out var supervisor))
            {
                supervisors[ownerUserId] = supervisor = pseudonyms.Supervisor(ownerUserId);
            }

            csv.WriteField(supervisor);
            csv.WriteField(YesNo(row.IsReviewed));
            csv.WriteField(YesNo(row.IsGoodExample));
            await csv.EndRecordAsync(cancellationToken);
            rows++;
        }

        await csv.FlushAsync(cancellationToken);
        return rows;
    }
}
