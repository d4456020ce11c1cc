namespace JrCasework.Data;

/// <summary>
/// The one row that says where the audit chain ends: the sequence and hash of the last sealed record. Every save that
/// adds audit records locks it first (<see cref="AuditChain"/>), so records are sealed one save after another, on any
/// number of instances.
/// </summary>
public sealed class AuditChainHead
{
    /// <summary>The id of the one row.</summary>
    public const int TheOne = 1;

    public int Id { get; set; }

    /// <summary>The sequence number of the last sealed record; 0 while there is none.</summary>
    public long Sequence { get; set; }

    /// <summary>The hash of the last sealed record; null while there is none.</summary>
    public string? Hash { get; set; }
}
