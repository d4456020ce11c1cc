using JrCasework.Data;
using JrCasework.Domain.Auditing;

namespace JrCasework.IntegrationTests.Auditing;

/// <summary>
/// The audit trail as evidence (decision 033): the database refuses to change or delete it, and a change made anyway
/// (with the triggers dropped, as someone holding the database file could) is found and named by the verification.
/// Each test has a database of its own, since some of them break the chain on purpose.
/// </summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private readonly CaseFixture _app = new();

    public async Task InitializeAsync()
    {
        await _app.OpenSannesCaseAsync();
        await using var scope = await _app.AsAsync(DemoData.SupervisorProduction.Email);
        await scope.Get<CaseQueries>().MyCasesAsync(new CaseListFilter());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheDemoDataAndItsUse_FormAnIntactChain_EndingAtTheHead()
    {
        await using var db = _app.CreateDbContext();
        var check = await AuditChain.VerifyAsync(db);

        Assert.True(check.IsIntact, string.Join("; ", check.Breaks));
        var count = await db.AuditLog.CountAsync();
        Assert.True(count >= 2);
        Assert.Equal(count, check.Checked);
        var head = await db.AuditChainHead.SingleAsync();
        Assert.Equal(count, head.Sequence);
        Assert.Equal(head.Hash, (await db.AuditLog.SingleAsync(a => a.Sequence == head.Sequence)).Hash);
    }

    [Theory]
    [InlineData("""UPDATE "AuditLog" SET "UserId" = 'someone-else'""")]
    [InlineData("""UPDATE "AuditLog" SET "Hash" = NULL, "Sequence" = NULL""")]
    [InlineData("""DELETE FROM "AuditLog" """)]
    [InlineData("""DELETE FROM "AuditShownCases" """)]
    [InlineData("""UPDATE "AuditShownCases" SET "CaseId" = 0""")]
    [InlineData("""DELETE FROM "CaseHistory" """)]
    [InlineData("""UPDATE "CaseHistory" SET "Summary" = 'Rewritten'""")]
    [InlineData("""UPDATE "CaseHistory" SET "Loop" = 7""")]
    public async Task TheDatabaseItself_RefusesToChangeOrDeleteTheTrailAndTheHistory(string sql)
    {
        await using var db = _app.CreateDbContext();
        var before = await CountsAsync(db);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Equal(before, await CountsAsync(db));
        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task OnPostgreSql_TruncatingTheTrail_IsRefusedToo()
    {
        await using var db = _app.CreateDbContext();
        if (!db.IsPostgreSql())
        {
            Assert.Equal(DatabaseProvider.Sqlite, _app.Provider); // SQLite has no TRUNCATE; DELETE is refused above
            return;
        }

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditLog" CASCADE"""));
    }

    [Fact]
    public async Task TheHistory_MayOnlyLoseItsTexts_ForAnonymisation()
    {
        await using var db = _app.CreateDbContext();

        await db.Database.ExecuteSqlRawAsync("""UPDATE "CaseHistory" SET "Summary" = NULL, "PreviousValue" = NULL""");

        Assert.False(await db.CaseHistory.AnyAsync(h => h.Summary != null || h.PreviousValue != null));
    }

    [Fact]
    public async Task ARecordEditedAroundTheTriggers_IsNamed_AndSoIsOneDeleted()
    {
        await using var db = _app.CreateDbContext();
        var records = await db.AuditLog.OrderBy(a => a.Sequence).Select(a => new { a.Id, a.Sequence }).ToListAsync();
        var edited = records[0];
        var deleted = records[1];

        await db.Database.ExecuteSqlRawAsync(db.IsPostgreSql() ? AppendOnlyTables.DropOnPostgreSql() : AppendOnlyTables.DropOnSqlite());
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditLog" SET "Action" = 'case.list' WHERE "Id" = {edited.Id}""");
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditLog" WHERE "Id" = {deleted.Id}""");

        var check = await AuditChain.VerifyAsync(db);
        Assert.False(check.IsIntact);
        Assert.Contains(new AuditChainBreak(edited.Id, edited.Sequence, AuditChainFault.Changed), check.Breaks);
        Assert.Contains(check.Breaks, b => b.Fault == AuditChainFault.Missing && b.Sequence == deleted.Sequence);
        Assert.Equal(2, check.Breaks.Count);
    }

    [Fact]
    public async Task TheLastRecords_DeletedAroundTheTriggers_AreMissedAtTheHead()
    {
        await using var db = _app.CreateDbContext();
        var last = await db.AuditLog.MaxAsync(a => a.Sequence);

        await db.Database.ExecuteSqlRawAsync(db.IsPostgreSql() ? AppendOnlyTables.DropOnPostgreSql() : AppendOnlyTables.DropOnSqlite());
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditLog" WHERE "Sequence" = {last}""");

        var check = await AuditChain.VerifyAsync(db);
        Assert.Equal([new AuditChainBreak(null, last, AuditChainFault.Missing)], check.Breaks);
    }

    [Fact]
    public async Task ARecordInsertedAroundTheApplication_IsNamedAsUnsealed_AndNeverSealedAfterTheChainBegan()
    {
        await using var db = _app.CreateDbContext();
        await InsertAroundTheApplicationAsync(db);
        var inserted = await db.AuditLog.Where(a => a.Sequence == null).Select(a => a.Id).SingleAsync();

        Assert.Equal(0, await AuditChain.SealUnsealedAsync(db));
        Assert.Equal([new AuditChainBreak(inserted, null, AuditChainFault.Unsealed)], (await AuditChain.VerifyAsync(db)).Breaks);
    }

    [Fact]
    public async Task ARecordForgedWithPlainSql_IsNamed_WhateverNumberItIsGiven()
    {
        await using var db = _app.CreateDbContext();
        var head = await db.AuditChainHead.SingleAsync();
        await InsertAroundTheApplicationAsync(db);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLog" SET "Sequence" = -1, "Hash" = 'forged' WHERE "Sequence" IS NULL""");
        await InsertAroundTheApplicationAsync(db);
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditLog" SET "Sequence" = {head.Sequence + 1}, "Hash" = 'forged' WHERE "Sequence" IS NULL""");
        var forged = await db.AuditLog.Where(a => a.Sequence == -1).Select(a => a.Id).SingleAsync();

        var check = await AuditChain.VerifyAsync(db);

        Assert.Contains(new AuditChainBreak(forged, -1, AuditChainFault.Changed), check.Breaks);
        Assert.Contains(new AuditChainBreak(null, head.Sequence + 1, AuditChainFault.Changed), check.Breaks);
    }

    [Fact]
    public async Task RecordsFromBeforeTheChain_AreSealedOnce_ThenAreAsProtectedAsAnyOther()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false };
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.AuditLog.CountAsync());
        await InsertAroundTheApplicationAsync(db);
        await InsertAroundTheApplicationAsync(db);

        Assert.Equal(2, await AuditChain.SealUnsealedAsync(db));

        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
        Assert.Equal([1L, 2L], await db.AuditLog.OrderBy(a => a.Id).Select(a => a.Sequence!.Value).ToListAsync());
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLog" SET "Action" = 'case.list'"""));
    }

    [Fact]
    public async Task ManySavesAtOnce_OnTwoInstances_MakeOneChainWithoutGaps()
    {
        await using var second = _app.SecondInstance();
        await using var db = _app.CreateDbContext();
        var before = await db.AuditLog.CountAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var writer = (i % 2 == 0 ? _app : second).CreateDbContext();
            writer.AuditLog.Add(new AuditRecord(DateTime.UtcNow, "user-" + i, AuditActions.CaseRead, null).Showing([i + 1, i + 2]));
            await writer.SaveChangesAsync();
        }));

        var check = await AuditChain.VerifyAsync(db);
        Assert.True(check.IsIntact, string.Join("; ", check.Breaks));
        Assert.Equal(before + 40, check.Checked);
    }

    private static Task InsertAroundTheApplicationAsync(JrCaseworkDbContext db) => db.Database.ExecuteSqlRawAsync(
        """INSERT INTO "AuditLog" ("AtUtc", "UserId", "Action") VALUES ('2026-01-05 10:00:00', 'someone', 'case.read')""");

    private static async Task<(int, int, int)> CountsAsync(JrCaseworkDbContext db) =>
        (await db.AuditLog.CountAsync(), await db.Set<AuditRecord>().SelectMany(a => a.ShownCases).CountAsync(), await db.CaseHistory.CountAsync());
}
