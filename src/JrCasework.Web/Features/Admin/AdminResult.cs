namespace JrCasework.Web.Features.Admin;

/// <summary>
/// Why an administrative change was refused. The services say which rule; the pages say it in the user's
/// language (<see cref="AdminText"/>), the way a case's refusals are coded in the domain and worded in the UI.
/// </summary>
public enum AdminRule
{
    Required,
    TooLong,

    /// <summary>A control character (NUL, escape, ...) nobody types; see <see cref="TextLimit"/>.</summary>
    UnusableCharacter,
    InvalidEmail,
    CodeFormat,
    CodeTaken,
    NumberTaken,
    UnknownUnit,
    NotASupervisor,
    LeftOnTooFar,
    UnitUnderItself,
    UnitUnderOwnSubunit,
    UnitInUse,
    UnknownParent,
    CannotChangeOwnRole,
    CannotSetOwnPassword,
    CannotDisableSelf,

    /// <summary>A retention outside 0 (keep) to the most months allowed; the value is that number.</summary>
    RetentionRange,

    /// <summary>ASP.NET Core Identity's own check (password rules, e-mail taken); its text, already in the user's language, is the only value.</summary>
    AccountRule,
}

/// <summary>A refusal for one form field: the rule, and the values its message names (a limit, a code, a unit's name).</summary>
public sealed record FieldError(string Field, AdminRule Rule, params object[] Values);

/// <summary>The outcome of an administrative change: done, or the refusals per field.</summary>
public sealed record AdminResult(IReadOnlyList<FieldError> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Refused(string field, AdminRule rule, params object[] values) => new([new FieldError(field, rule, values)]);

    /// <summary>The check every required text of the administration makes: filled in, no longer than its limit once trimmed, no control character.</summary>
    public static IEnumerable<FieldError> CheckText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new FieldError(field, AdminRule.Required);
        }
        else if (TextLimit.Check(value, maxLength) is var problem and not TextProblem.None)
        {
            yield return problem == TextProblem.TooLong ? new FieldError(field, AdminRule.TooLong, maxLength) : new FieldError(field, AdminRule.UnusableCharacter);
        }
    }

    /// <summary>The refusal for <paramref name="field"/>, or null when that field is fine.</summary>
    public FieldError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);
}
