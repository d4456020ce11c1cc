using JrCasework.Domain.Auditing;

namespace JrCasework.Domain.Tests.Auditing;

public sealed class AuditChainCheckTests
{
    private static readonly DateTime At = new(2026, 12, 7, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ASealedChain_ReadInOrder_IsIntact()
    {
        var chain = Chain(5);
        var check = new AuditChainCheck();

        chain.ForEach(check.Add);
        check.End(5, chain[^1].Hash);

        Assert.True(check.IsIntact);
        Assert.Equal(5, check.Checked);
        Assert.Equal(5, check.LastSequence);
    }

    [Fact]
    public void EachRecord_HashesThePreviousOne_SoEqualContentGivesDifferentHashes()
    {
        var chain = Chain(2, same: true);

        Assert.NotEqual(chain[0].Hash, chain[1].Hash);
        Assert.Matches("^[0-9a-f]{64}$", chain[0].Hash);
        Assert.Equal(chain[1].Hash, chain[1].ComputeHash(chain[0].Hash));
    }

    [Fact]
    public void ARecordWithDifferentContent_DoesNotMatchTheHashSealedForAnother()
    {
        var sealedOne = Record("case.read", 7);
        sealedOne.Seal(1, null);
        var other = Record("case.list", 7);
        other.Seal(1, null);

        Assert.NotEqual(sealedOne.Hash, other.Hash);
    }

    [Fact]
    public void TheCasesShown_ArePartOfTheHash_InIdOrder()
    {
        var one = Record("case.list", null).Showing([3, 1, 2, 1]);
        var two = Record("case.list", null).Showing([1, 2, 3]);
        var three = Record("case.list", null).Showing([1, 2]);
        foreach (var record in new[] { one, two, three })
        {
            record.Seal(1, null);
        }

        Assert.Equal([1, 2, 3], one.ShownCases.Select(s => s.CaseId));
        Assert.Equal(one.Hash, two.Hash);
        Assert.NotEqual(one.Hash, three.Hash);
    }

    [Fact]
    public void FieldsAreDelimitedByTheirLength_SoMovingTextBetweenFieldsChangesTheHash()
    {
        var one = new AuditRecord(At, "user", "admin.user.update", null, "user:ab", "c");
        var two = new AuditRecord(At, "user", "admin.user.update", null, "user:a", "bc");
        one.Seal(1, null);
        two.Seal(1, null);

        Assert.NotEqual(one.Hash, two.Hash);
    }

    [Fact]
    public void TheTimeIsKeptToTheMicrosecond_AsPostgreSqlKeepsIt()
    {
        var record = new AuditRecord(At.AddTicks(1234567), "user", "case.read", 1);

        Assert.Equal(At.AddTicks(1234560), record.AtUtc);
    }

    [Fact]
    public void ASealedRecord_CannotBeSealedAgainOrShowMore()
    {
        var record = Record("case.read", 1);
        record.Seal(1, null);

        Assert.Throws<InvalidOperationException>(() => record.Seal(2, record.Hash));
        Assert.Throws<InvalidOperationException>(() => record.Showing([4]));
    }

    [Fact]
    public void ASkippedSequenceNumber_IsReportedAsMissing_AtTheRecordAfterTheGap()
    {
        var chain = Chain(4);
        var check = new AuditChainCheck();

        foreach (var record in chain.Where(r => r.Sequence != 2))
        {
            check.Add(record);
        }

        // The third record was sealed over the second, which is gone: only the gap is told, not a change of the third.
        Assert.Equal([new AuditChainBreak(chain[2].Id, 2, AuditChainFault.Missing)], check.Breaks);
    }

    [Fact]
    public void RecordsMissingAtTheEnd_ShowAgainstTheHead()
    {
        var chain = Chain(4);
        var check = new AuditChainCheck();

        chain.Take(3).ToList().ForEach(check.Add);
        check.End(4, chain[^1].Hash);

        Assert.Equal([new AuditChainBreak(null, 4, AuditChainFault.Missing)], check.Breaks);
    }

    [Fact]
    public void ARecordPastTheHead_OrOutOfOrder_IsNamedAsChanged()
    {
        var chain = Chain(3);
        var check = new AuditChainCheck();

        chain.ForEach(check.Add);
        check.End(2, chain[1].Hash);

        Assert.Equal([new AuditChainBreak(null, 3, AuditChainFault.Changed)], check.Breaks);
    }

    [Fact]
    public void AnUnsealedRecord_IsNamed()
    {
        var check = new AuditChainCheck();

        check.Unsealed(42);

        Assert.Equal([new AuditChainBreak(42, null, AuditChainFault.Unsealed)], check.Breaks);
    }

    private static AuditRecord Record(string action, int? caseId) => new(At, "user-1", action, caseId);

    private static List<AuditRecord> Chain(int length, bool same = false)
    {
        var chain = new List<AuditRecord>();
        for (var i = 1; i <= length; i++)
        {
            var record = Record(same ? "case.read" : "case.read." + i, same ? 1 : i);
            record.Seal(i, chain.LastOrDefault()?.Hash);
            chain.Add(record);
        }

        return chain;
    }
}
