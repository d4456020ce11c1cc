namespace JrCasework.Web.Features.Admin.Users;

/// <summary>One row of the users list.</summary>
public sealed record UserRow(
    string Id, string DisplayName, string Email, string Role, string OrgUnit, IReadOnlyList<string> ManagedUnits, bool IsDisabled, bool IsYou,
    bool MustChangePassword = false, string? RequestedRole = null);

/// <summary>An org unit to choose from.</summary>
public sealed record OrgUnitOption(int Id, string Name);

/// <summary>What the administrator fills in for a user: who they are, their role and their org units.</summary>
public class UserDetails
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Role { get; set; } = Roles.Supervisor;

    public int? OrgUnitId { get; set; }

    public IReadOnlyCollection<int> ManagedOrgUnitIds { get; set; } = [];

    /// <summary>Signs in only through the organisation's single sign-on (decision 032); shown when it is set up.</summary>
    public bool SingleSignOnOnly { get; set; }
}

/// <summary>What the administrator fills in to create a user: their details and a first password.</summary>
public sealed class NewUser : UserDetails
{
    public string Password { get; set; } = "";
}
