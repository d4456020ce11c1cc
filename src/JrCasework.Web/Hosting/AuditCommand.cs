using System.Globalization;

namespace JrCasework.Web.Hosting;

/// <summary>
/// <c>verify-audit</c>: checks the audit trail's hash chain from the command line (decision 033), on the database the
/// settings name, without starting the web host or changing anything (no migration, no sealing). Prints the outcome and
/// every break; exits 0 when intact, 2 when not, 1 when the database is not up to date.
/// </summary>
internal static class AuditCommand
{
    public const string Name = "verify-audit";

    /// <summary>Runs the command <paramref name="args"/> name and returns its exit code; null when they name none.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not [Name])
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>();
        var output = Console.Out;
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            // The command changes nothing, migrations included: the application does that when it starts.
            output.WriteLine("The database is not up to date (or does not exist): start the application once, then check again.");
            return 1;
        }

        var check = await AuditChain.VerifyAsync(db);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Audit trail on {(db.IsPostgreSql() ? "PostgreSQL" : "SQLite")}: {check.Checked} records checked, last number {check.LastSequence}."));
        foreach (var @break in check.Breaks)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {@break.Fault}: record id {@break.RecordId?.ToString(CultureInfo.InvariantCulture) ?? "-"}, number {@break.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
        }

        output.WriteLine(check.IsIntact ? "Intact." : $"NOT intact: {check.Breaks.Count} break(s).");
        return check.IsIntact ? 0 : 2;
    }
}
