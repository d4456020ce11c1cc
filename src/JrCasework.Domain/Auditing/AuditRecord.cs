namespace JrCasework.Domain.Auditing;

/// <summary>
/// One read or write of case content, or one administrative change: who, when, what, on which case or which
/// <see cref="Subject"/>. Holds no case content and no personal details itself. Audit records are append-only.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
    }

    public AuditRecord(DateTime atUtc, string userId, string action, int? caseId, string? subject = null, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        AtUtc = atUtc;
        UserId = userId;
        Action = action;
        CaseId = caseId;
        Subject = subject;
        Detail = detail;
    }

    /// <summary>The longest <see cref="Subject"/> or <see cref="Detail"/>.</summary>
    public const int MaxSubjectLength = 80;

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>What was done, e.g. <c>case.read</c> or <c>case.fact.add</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public int? CaseId { get; private set; }

    /// <summary>What an administrative change was made to, as kind and id: <c>user:…</c>, <c>orgunit:12</c>, <c>employee:7</c>, <c>category:3</c>.</summary>
    public string? Subject { get; private set; }

    /// <summary>A fact about the change that is no personal detail: the role asked for or given, how many employees an import added.</summary>
    public string? Detail { get; private set; }

    /// <summary>The <see cref="Subject"/> of a change to a user account.</summary>
    public static string UserSubject(string userId) => "user:" + userId;
}
