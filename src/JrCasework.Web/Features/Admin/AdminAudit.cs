namespace JrCasework.Web.Features.Admin;

/// <summary>
/// Every administrative change leaves an audit record: who, when, which action, on what (<c>user:…</c>, <c>orgunit:12</c>…).
/// Names and other details stay out of it; the subject's id is enough to look them up.
/// </summary>
internal static class AdminAudit
{
    /// <summary>Adds the record to <paramref name="db"/> and saves it (with whatever else is pending there).</summary>
    public static Task RecordAsync(
        this JrCaseworkDbContext db, TimeProvider clock, string adminId, string action, string subject, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, adminId, action, null, subject, detail));
        return db.SaveChangesAsync(cancellationToken);
    }
}
