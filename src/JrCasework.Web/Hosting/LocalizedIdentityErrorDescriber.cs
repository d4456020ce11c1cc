using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Hosting;

/// <summary>Identity's validation messages (passwords, duplicate e-mail) in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Identity.PasswordTooShort", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Identity.PasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Identity.PasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Identity.PasswordRequiresUpper"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Identity.PasswordMismatch"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Identity.DuplicateEmail", email]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Identity.DuplicateEmail", userName]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Identity.InvalidEmail", email ?? ""]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Identity.InvalidEmail", userName ?? ""]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
