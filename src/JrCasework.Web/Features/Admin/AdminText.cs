namespace JrCasework.Web.Features.Admin;

/// <summary>The administration's refusals in the user's language: the one place a rule becomes a sentence.</summary>
public static class AdminText
{
    /// <summary>The sentence for one refusal.</summary>
    public static string Refusal(this IStringLocalizer<AdminResource> texts, FieldError error) =>
        error.Rule == AdminRule.AccountRule ? string.Join(" ", error.Values) : texts[$"Refusal.{error.Rule}", error.Values];

    /// <summary>The sentence for the refusal of <paramref name="field"/>, or null when that field is fine (a form field's error text).</summary>
    public static string? RefusalFor(this IStringLocalizer<AdminResource> texts, AdminResult result, string field) =>
        result.ErrorFor(field) is { } error ? texts.Refusal(error) : null;
}
