namespace JrCasework.Data.Identity;

/// <summary>Links a manager to one of the org units they manage.</summary>
public sealed class ManagedOrgUnit
{
    public string UserId { get; set; } = string.Empty;

    public int OrgUnitId { get; set; }
}
