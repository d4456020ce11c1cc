namespace JrCasework.Domain.Auditing;

/// <summary>One case an audited list or panel showed; part of its <see cref="AuditRecord"/>, and as append-only.</summary>
public sealed class AuditShownCase
{
    private AuditShownCase()
    {
    }

    internal AuditShownCase(int caseId) => CaseId = caseId;

    public int CaseId { get; private set; }
}
