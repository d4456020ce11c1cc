using System.Net.Mail;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Features.Admin.Users;

/// <summary>The checks of a user's details that creating and editing share, and the managed units they set.</summary>
internal static class UserChecks
{

    /// <summary>The checks the create and edit forms also make in the browser, made again here as coded refusals.</summary>
    public static async Task<List<FieldError>> ValidateAsync(JrCaseworkDbContext db, UserDetails details, CancellationToken cancellationToken)
    {
        var errors = AdminResult.CheckText(UserAdministration.NameField, details.DisplayName, UserAdministration.MaxNameLength).ToList();
        if (!IsEmailAddress(details.Email) || TextLimit.Check(details.Email, ApplicationUser.MaxEmailLength) != TextProblem.None)
        {
            errors.Add(new FieldError(UserAdministration.EmailField, AdminRule.InvalidEmail));
        }

        if (!Roles.All.Contains(details.Role))
        {
            errors.Add(new FieldError(UserAdministration.RoleField, AdminRule.Required));
        }

        if (details.OrgUnitId is not { } unitId || !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors.Add(new FieldError(UserAdministration.OrgUnitField, AdminRule.Required));
        }

        return errors;
    }

    /// <summary>Identity's refusals (its texts are in the user's language already), at the password field or else the e-mail field.</summary>
    public static AdminResult Refused(IdentityResult result) =>
        new([.. result.Errors.Select(e => new FieldError(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? UserAdministration.PasswordField : UserAdministration.EmailField, AdminRule.AccountRule, e.Description))]);

    /// <summary>Whether <paramref name="value"/> is one plain e-mail address (no display name, no list).</summary>
    public static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value.Trim();

    /// <summary>Managed units belong to managers only; another role keeps none.</summary>
    public static void SetManagedUnits(ApplicationUser user, UserDetails details)
    {
        var wanted = details.Role == Roles.Manager ? details.ManagedOrgUnitIds.ToHashSet() : [];
        foreach (var managed in user.ManagedOrgUnits.Where(m => !wanted.Contains(m.OrgUnitId)).ToList())
        {
            user.ManagedOrgUnits.Remove(managed);
        }

        foreach (var unitId in wanted.Except(user.ManagedOrgUnits.Select(m => m.OrgUnitId)))
        {
            user.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = unitId });
        }
    }
}
