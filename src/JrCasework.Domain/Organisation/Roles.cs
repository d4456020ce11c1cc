namespace JrCasework.Domain.Organisation;

/// <summary>The roles of JR Casework: the four of DOMAIN.md §3 and the privacy officer.</summary>
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

    /// <summary>
    /// The privacy officer (FG/DPO): searches and verifies the whole audit trail, and sees what retention will do; sees no
    /// case content (decision 033).
    /// </summary>
    public const string PrivacyOfficer = "PrivacyOfficer";

    /// <summary>All roles, in the order a user's start page is chosen when they hold several.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Hr, PrivacyOfficer, Manager, Supervisor];
}
