namespace JrCasework.Web.Features.Admin;

/// <summary>A reason a change was refused, in the user's language, for the form field it belongs to.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of an administrative change: done, or the reasons per field.</summary>
public sealed record AdminResult(IReadOnlyList<FieldError> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Refused(string field, string message) => new([new FieldError(field, message)]);

    /// <summary>The message for <paramref name="field"/>, or null when that field is fine.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
