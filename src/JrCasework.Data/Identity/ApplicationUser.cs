using Microsoft.AspNetCore.Identity;

namespace JrCasework.Data.Identity;

/// <summary>A person who signs in: supervisor, manager, HR business partner or administrator.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown to other users.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The org unit the user belongs to; every user belongs to one.</summary>
    public int OrgUnitId { get; set; }

    /// <summary>A disabled user can no longer sign in or act; the account is kept for history.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator disabled the account.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>The org units this user manages (managers only).</summary>
    public ICollection<ManagedOrgUnit> ManagedOrgUnits { get; } = [];
}
