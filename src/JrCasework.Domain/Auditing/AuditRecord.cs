using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JrCasework.Domain.Auditing;

/// <summary>
/// One read or write of case content, or one administrative change: who, when, what, on which case or which
/// <see cref="Subject"/>. Holds no case content and no personal details itself. Audit records are append-only, and
/// each one is a link of a hash chain (<see cref="Seal"/>): changing or removing one breaks the chain where it was.
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
        // UTC, in whole microseconds: what both databases give back, so the hash of a record read back is the hash it was sealed with.
        var utc = atUtc.Kind == DateTimeKind.Local ? atUtc.ToUniversalTime() : DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        AtUtc = utc.AddTicks(-(utc.Ticks % 10));
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

    /// <summary>The record's place in the hash chain: 1, 2, 3… without gaps. Null only before it is sealed.</summary>
    public long? Sequence { get; private set; }

    /// <summary>
    /// SHA-256, as 64 lower-case hex digits, of the previous record's hash and of this record's content
    /// (<see cref="ComputeHash"/>).
    /// </summary>
    public string? Hash { get; private set; }

    /// <summary>
    /// The cases a list or a panel showed (titles, names or anonymised texts), for records that are about more than
    /// the one <see cref="CaseId"/>: "who saw this case" finds them too.
    /// </summary>
    public IReadOnlyList<AuditShownCase> ShownCases => _shownCases;

    private readonly List<AuditShownCase> _shownCases = [];

    /// <summary>Notes the cases this record showed, each once, in id order.</summary>
    public AuditRecord Showing(IEnumerable<int> caseIds)
    {
        if (Sequence is not null)
        {
            throw new InvalidOperationException("A sealed audit record does not change.");
        }

        foreach (var caseId in caseIds.Distinct().Order().Where(id => _shownCases.All(s => s.CaseId != id)))
        {
            _shownCases.Add(new AuditShownCase(caseId));
        }

        return this;
    }

    /// <summary>Gives the record its <paramref name="sequence"/> in the chain after the record whose hash is <paramref name="previousHash"/>.</summary>
    public void Seal(long sequence, string? previousHash)
    {
        if (Sequence is not null)
        {
            throw new InvalidOperationException("The audit record is sealed already.");
        }

        Sequence = sequence;
        Hash = ComputeHash(previousHash);
    }

    /// <summary>
    /// The hash this record must carry after <paramref name="previousHash"/> (null for the first record): SHA-256 over the
    /// previous hash and every field, each written as its length and its text, so no two contents read alike.
    /// </summary>
    public string ComputeHash(string? previousHash)
    {
        var content = new StringBuilder();
        foreach (var field in new[]
        {
            previousHash, Sequence?.ToString(CultureInfo.InvariantCulture),
            AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture), UserId, Action,
            CaseId?.ToString(CultureInfo.InvariantCulture), Subject, Detail,
            string.Join(',', _shownCases.Select(s => s.CaseId).Order()),
        })
        {
            content.Append(field is null ? "-" : field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    /// <summary>The <see cref="Subject"/> of a change to a user account.</summary>
    public static string UserSubject(string userId) => "user:" + userId;
}
