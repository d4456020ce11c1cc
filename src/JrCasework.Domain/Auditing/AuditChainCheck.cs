namespace JrCasework.Domain.Auditing;

/// <summary>What is wrong at one place of the audit chain.</summary>
public enum AuditChainFault
{
    /// <summary>The record's content or hash is not what was sealed: it was edited.</summary>
    Changed,

    /// <summary>Records before this one are missing from the sequence: they were deleted.</summary>
    Missing,

    /// <summary>The record has no place in the chain: it was inserted around the application.</summary>
    Unsealed,
}

/// <summary>
/// One break of the chain: the record where it shows (its id, or null when the records at the end are gone), its
/// sequence number (the first one missing, for <see cref="AuditChainFault.Missing"/>) and what is wrong.
/// </summary>
public sealed record AuditChainBreak(long? RecordId, long? Sequence, AuditChainFault Fault);

/// <summary>
/// Walks the audit records in their sequence order and says whether each one is the link that was sealed: its hash is
/// recomputed from its content and the previous record's stored hash, and no sequence number is skipped. After a break
/// it goes on from the stored hash, so every edited record is named, not only the first.
/// </summary>
public sealed class AuditChainCheck
{
    /// <summary>The most breaks listed; a chain broken in more places is reported as broken with these first.</summary>
    public const int MaxBreaks = 100;

    private readonly List<AuditChainBreak> _breaks = [];
    private string? _previousHash;

    /// <summary>How many sealed records were read.</summary>
    public long Checked { get; private set; }

    /// <summary>The sequence number of the last record read (0 before any).</summary>
    public long LastSequence { get; private set; }

    /// <summary>The places the chain is broken, in sequence order.</summary>
    public IReadOnlyList<AuditChainBreak> Breaks => _breaks;

    public bool IsIntact => _breaks.Count == 0;

    /// <summary>Reads the next record; records must come in sequence order, sealed ones only.</summary>
    public void Add(AuditRecord record)
    {
        if (record.Sequence is not { } sequence)
        {
            Unsealed(record.Id);
            return;
        }

        Checked++;
        if (sequence <= LastSequence)
        {
            // Out of order (a number no sealing gives, such as 0 or less): written around the application.
            Note(new AuditChainBreak(record.Id, sequence, AuditChainFault.Changed));
            return;
        }

        if (sequence != LastSequence + 1)
        {
            // The record after a gap was sealed over a record that is gone: its own hash cannot be checked, only the gap told.
            Note(new AuditChainBreak(record.Id, LastSequence + 1, AuditChainFault.Missing));
        }
        else if (record.Hash != record.ComputeHash(_previousHash))
        {
            Note(new AuditChainBreak(record.Id, sequence, AuditChainFault.Changed));
        }

        _previousHash = record.Hash;
        LastSequence = sequence;
    }

    /// <summary>A record without a place in the chain (read apart from the sealed ones).</summary>
    public void Unsealed(long recordId) => Note(new AuditChainBreak(recordId, null, AuditChainFault.Unsealed));

    /// <summary>
    /// Compares the last record read with the chain's head, the sequence and hash the application wrote last: records
    /// deleted from the end of the chain show here.
    /// </summary>
    public void End(long headSequence, string? headHash)
    {
        if (headSequence > LastSequence)
        {
            Note(new AuditChainBreak(null, LastSequence + 1, AuditChainFault.Missing));
        }
        else if (headSequence < LastSequence)
        {
            // Records past the last one the application sealed: added around it.
            Note(new AuditChainBreak(null, headSequence + 1, AuditChainFault.Changed));
        }
        else if (headSequence == LastSequence && headHash != _previousHash)
        {
            Note(new AuditChainBreak(null, LastSequence, AuditChainFault.Changed));
        }
    }

    private void Note(AuditChainBreak @break)
    {
        if (_breaks.Count < MaxBreaks)
        {
            _breaks.Add(@break);
        }
    }
}
