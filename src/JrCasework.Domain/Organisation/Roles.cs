namespace JrCasework.Domain.Organisation;

/// <summary>The four roles of JR Casework (DOMAIN.md §3).</summary>
public static class Roles
{
    /// <summary>Opens and works cases about their own team.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Watches follow-ups for the supervisors in their org units; takes referred cases.</summary>
    public const string Manager = "Manager";

    /// <summary>HR business partner: reviews outcomes in their scope.</summary>
    public const string Hr = "HR";

    /// <summary>Manages users, org units, employees and categories; sees no case content.</summary>
    public const string Admin = "Admin";

    /// <summary>All roles, in the order a user's start page is chosen when they hold several.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Hr, Manager, Supervisor];
}
