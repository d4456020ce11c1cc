using JrCasework.Domain.Organisation;

namespace JrCasework.Domain.Cases;

/// <summary>
/// Who is asking, as far as case access is concerned: their roles, the units they manage (managers)
/// and the units in their scope (HR: their own unit and every unit below it).
/// </summary>
public sealed record CaseViewer(
    string UserId,
    IReadOnlySet<string> Roles,
    IReadOnlySet<int> ManagedUnitIds,
    IReadOnlySet<int> HrScopeUnitIds)
{
    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>The facts about a case that decide who may see it.</summary>
public sealed record CaseOwnership(string OwnerUserId, int OrgUnitId, string? ReferredToUserId)
{
    public static CaseOwnership Of(JrCase @case) => new(@case.OwnerUserId, @case.OrgUnitId, @case.ReferredToUserId);
}

/// <summary>Who may see and change what of a case (DOMAIN.md §3). Administrators see no case content.</summary>
public static class CaseAccess
{
    /// <summary>
    /// Full content: the owning supervisor, the manager the case was referred to, and HR for
    /// cases in their scope.
    /// </summary>
    public static bool CanReadContent(CaseViewer viewer, CaseOwnership @case) =>
        CanChangeContent(viewer, @case)
        || (viewer.Is(Roles.Manager) && @case.ReferredToUserId == viewer.UserId)
        || CanReview(viewer, @case);

    /// <summary>Only the owning supervisor works the case.</summary>
    public static bool CanChangeContent(CaseViewer viewer, CaseOwnership @case) =>
        viewer.Is(Roles.Supervisor) && @case.OwnerUserId == viewer.UserId;

    /// <summary>HR reviews the outcome of cases in their scope: their own unit and every unit below it.</summary>
    public static bool CanReview(CaseViewer viewer, CaseOwnership @case) =>
        viewer.Is(Roles.Hr) && viewer.HrScopeUnitIds.Contains(@case.OrgUnitId);

    /// <summary>Status, step, dates and follow-up state: also managers for the units they manage.</summary>
    public static bool CanSeeStatus(CaseViewer viewer, CaseOwnership @case) =>
        CanReadContent(viewer, @case)
        || (viewer.Is(Roles.Manager) && viewer.ManagedUnitIds.Contains(@case.OrgUnitId));
}
