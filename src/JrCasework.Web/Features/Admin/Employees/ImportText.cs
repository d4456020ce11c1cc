namespace JrCasework.Web.Features.Admin.Employees;

/// <summary>The import report's problems in the user's language: the one place an <see cref="ImportRule"/> becomes a sentence.</summary>
public static class ImportText
{
    /// <summary>The sentence for one problem of an employee import.</summary>
    public static string Problem(this IStringLocalizer<AdminResource> texts, ImportProblem problem) =>
        texts[$"Import.{problem.Rule}", problem.Values];
}
