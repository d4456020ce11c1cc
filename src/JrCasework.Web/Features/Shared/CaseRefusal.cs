using Microsoft.EntityFrameworkCore.Infrastructure;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// A case asked for by someone who may not see it, or not change it, leaves a <c>case.refused</c> record before the
/// refusal is thrown (decision 033): an attempt is as much a fact for the privacy officer as a read. The caller is told
/// no more than before; a case that does not exist is recorded alike, so the trail does not tell the two apart either.
/// </summary>
internal static class CaseRefusal
{
    /// <summary>What was attempted, as the record's detail.</summary>
    public const string Read = "read";
    public const string Change = "change";
    public const string Similar = "similar";
    public const string Review = "review";
    public const string ReviewWrite = "review.write";

    /// <summary>Adds the refusal to <paramref name="db"/> and saves it (with whatever else is pending there, which is nothing on these paths).</summary>
    public static Task RecordRefusalAsync(this JrCaseworkDbContext db, TimeProvider clock, string userId, int caseId, string attempted) =>
        // Not cancelled with the request: a refused attempt is recorded even when the caller has gone.
        AddAndSaveAsync(db, new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, AuditActions.CaseRefused, caseId, detail: attempted));

    private static async Task AddAndSaveAsync(JrCaseworkDbContext db, AuditRecord record)
    {
        db.ChangeTracker.Clear();
        db.AuditLog.Add(record);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The refusal that follows is what the caller must get; a record that could not be written is logged, ids only.
            db.GetService<ILoggerFactory>().CreateLogger(typeof(CaseRefusal))
                .LogError(e, "The refused attempt on case {CaseId} by {UserId} could not be recorded", record.CaseId, record.UserId);
        }
    }
}
