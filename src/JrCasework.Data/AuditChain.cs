using JrCasework.Domain.Auditing;

namespace JrCasework.Data;

/// <summary>
/// Seals audit records into the hash chain (decision 033). The context calls it on every save that adds audit records,
/// inside the save's transaction: the chain's head row is locked and read, each new record gets the next sequence number
/// and the hash over the previous one, and the head moves on. Another save adding records waits for the lock, on this
/// instance or another, so the chain never forks.
/// </summary>
public static class AuditChain
{
    private sealed record Head(long Sequence, string? Hash);

    // A no-op update takes the row's write lock for the rest of the transaction on both providers; RETURNING reads it.
    private static FormattableString LockHead =>
        $"""UPDATE "AuditChainHead" SET "Sequence" = "Sequence" WHERE "Id" = {AuditChainHead.TheOne} RETURNING "Sequence", "Hash" """;

    internal static async Task SealAsync(JrCaseworkDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var head = (await db.Database.SqlQuery<Head>(LockHead).ToListAsync(cancellationToken)).Single();
        head = Seal(head, records);
        await db.Database.ExecuteSqlAsync(MoveHead(head), cancellationToken);
    }

    internal static void Seal(JrCaseworkDbContext db, IReadOnlyList<AuditRecord> records)
    {
        var head = Seal(db.Database.SqlQuery<Head>(LockHead).ToList().Single(), records);
        db.Database.ExecuteSql(MoveHead(head));
    }

    /// <summary>
    /// Seals the records written before the chain existed, oldest first, in one transaction (an interrupted start seals
    /// none, and the next start begins again): the one change the database lets anyone make to an audit record. Only while
    /// the chain has not begun: a record inserted around the application later stays unsealed, and the verification names
    /// it. Every instance of an older version must be stopped before the upgrade. Returns how many it sealed.
    /// </summary>
    public static async Task<int> SealUnsealedAsync(JrCaseworkDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = (await db.Database.SqlQuery<Head>(LockHead).ToListAsync(cancellationToken)).Single();
        if (head.Sequence > 0)
        {
            return 0;
        }

        var sealedCount = 0;
        long afterId = 0;
        while (true)
        {
            var unsealed = await db.AuditLog.AsNoTracking().Where(a => a.Sequence == null && a.Id > afterId).OrderBy(a => a.Id).Take(1000)
                .ToListAsync(cancellationToken);
            if (unsealed.Count == 0)
            {
                break;
            }

            head = Seal(head, unsealed);
            foreach (var record in unsealed)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""UPDATE "AuditLog" SET "Sequence" = {record.Sequence}, "Hash" = {record.Hash} WHERE "Id" = {record.Id} AND "Sequence" IS NULL""",
                    cancellationToken);
            }

            afterId = unsealed[^1].Id;
            sealedCount += unsealed.Count;
        }

        await db.Database.ExecuteSqlAsync(MoveHead(head), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sealedCount;
    }

    /// <summary>
    /// Checks the whole chain, in sequence order and in pages, against its head. Reads no case content: the records
    /// hold none.
    /// </summary>
    public static async Task<AuditChainCheck> VerifyAsync(JrCaseworkDbContext db, CancellationToken cancellationToken = default)
    {
        var check = new AuditChainCheck();
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(cancellationToken);
        foreach (var id in await db.AuditLog.Where(a => a.Sequence == null).OrderBy(a => a.Id).Select(a => a.Id).Take(AuditChainCheck.MaxBreaks)
            .ToListAsync(cancellationToken))
        {
            check.Unsealed(id);
        }

        // Every record with a number, also one no sealing gives (0 or less, or past the head): the check names them.
        const int Page = 5000;
        var after = long.MinValue;
        while (true)
        {
            var page = await db.AuditLog.AsNoTracking().Where(a => a.Sequence > after).OrderBy(a => a.Sequence).Take(Page)
                .ToListAsync(cancellationToken);
            foreach (var record in page)
            {
                check.Add(record);
            }

            if (page.Count < Page)
            {
                break;
            }

            after = page[^1].Sequence!.Value;
        }

        check.End(head.Sequence, head.Hash);
        return check;
    }

    private static Head Seal(Head head, IReadOnlyList<AuditRecord> records)
    {
        foreach (var record in records)
        {
            record.Seal(head.Sequence + 1, head.Hash);
            head = new Head(record.Sequence!.Value, record.Hash);
        }

        return head;
    }

    private static FormattableString MoveHead(Head head) =>
        $"""UPDATE "AuditChainHead" SET "Sequence" = {head.Sequence}, "Hash" = {head.Hash} WHERE "Id" = {AuditChainHead.TheOne}""";
}
