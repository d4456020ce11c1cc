namespace JrCasework.Web.Features.Cases;

/// <summary>
/// Tells the open case pages of this process that a case was saved (one per process, a singleton), so a second
/// tab or another user's page shows the latest version instead of finding out at its next save. It carries only
/// the case id and its new version, never content; each page reloads the case through <see cref="CaseService"/>,
/// which checks access and audits the read as usual.
/// </summary>
public sealed class CaseChanges
{
    /// <summary>A case was saved: its id and its new version.</summary>
    public event Action<int, Guid>? Saved;

    public void Publish(int caseId, Guid version) => Saved?.Invoke(caseId, version);
}
