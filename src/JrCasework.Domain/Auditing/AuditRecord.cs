namespace JrCasework.Domain.Auditing;

/// <summary>
/// One read or write of case content: who, when, what, on which case. Holds no case content
/// itself. Audit records are append-only.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
    }

    public AuditRecord(DateTime atUtc, string userId, string action, int? caseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        AtUtc = atUtc;
        UserId = userId;
        Action = action;
        CaseId = caseId;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>What was done, e.g. <c>case.read</c> or <c>case.fact.add</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public int? CaseId { get; private set; }
}
