using Microsoft.AspNetCore.Identity;

namespace JrCasework.Data.Identity;

/// <summary>A person who signs in: supervisor, manager, HR business partner or administrator.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The longest display name a user can have.</summary>
    public const int MaxDisplayNameLength = 200;

    /// <summary>The longest e-mail address (and user name) Identity's columns keep.</summary>
    public const int MaxEmailLength = 256;

    /// <summary>The name shown to other users.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The org unit the user belongs to; every user belongs to one.</summary>
    public int OrgUnitId { get; set; }

    /// <summary>A disabled user can no longer sign in or act; the account is kept for history.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator disabled the account.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>
    /// Set when an administrator gave the user a temporary password: until the user chooses their own,
    /// every page except the change-password page is closed to them.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// Signs in only through the organisation's single sign-on, when it is set up: no password, no passkey (decision 032).
    /// An administrator chooses it per user, so leaving the organisation's directory ends access here too.
    /// </summary>
    public bool SingleSignOnOnly { get; set; }

    /// <summary>The language of the user's e-mails and calendar (en-GB or nl-NL); null uses the default.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>The user's IANA time zone (e.g. Europe/Amsterdam); null uses the organisation's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Whether reminders before a follow-up is due also come by e-mail.</summary>
    public bool EmailUpcomingReminders { get; set; } = true;

    /// <summary>Whether reminders on the day a follow-up is due also come by e-mail.</summary>
    public bool EmailDueReminders { get; set; } = true;

    /// <summary>Whether overdue follow-ups of the supervisors one manages also come by e-mail.</summary>
    public bool EmailEscalations { get; set; } = true;

    /// <summary>SHA-256 of the secret in the user's calendar feed address; null when there is no feed.</summary>
    public string? CalendarTokenHash { get; set; }

    /// <summary>
    /// A role an administrator asked for that gives access to other people's cases (HR, Manager): it is given only when
    /// an HR user other than the administrator confirms it. Null when nothing waits.
    /// </summary>
    public string? RequestedRole { get; set; }

    /// <summary>The administrator who asked for <see cref="RequestedRole"/>.</summary>
    public string? RoleRequestedById { get; set; }

    public DateTime? RoleRequestedAtUtc { get; set; }

    /// <summary>The org units this user manages (managers only).</summary>
    public ICollection<ManagedOrgUnit> ManagedOrgUnits { get; } = [];
}
