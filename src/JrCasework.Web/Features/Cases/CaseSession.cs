using JrCasework.Domain.Cases;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// The open case as the step components see it (a cascading value of <see cref="CasePage"/>): the
/// case as last saved, what the user may do, the choices, and the one way to change it.
/// </summary>
public sealed class CaseSession
{
    public required JrCase Case { get; set; }

    /// <summary>Only the owning supervisor changes a case; others read it.</summary>
    public required bool CanChange { get; init; }

    public required IReadOnlyList<CategoryOption> Categories { get; init; }

    public required IReadOnlyList<ManagerOption> Managers { get; init; }

    /// <summary>Today's date (from the injected clock), for date pickers and overdue markers.</summary>
    public required DateOnly Today { get; set; }

    /// <summary>The user's language, "en" or "nl".</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Applies one change through the domain and saves it. Returns null when saved, or the reason it
    /// was refused (in the user's language) — a refused change saves nothing.
    /// </summary>
    public required Func<string, Action<JrCase, Actor>, Task<string?>> ApplyAsync { get; init; }

    /// <summary>A save was refused because the case changed elsewhere since it was loaded; cleared by <see cref="ReloadAsync"/>.</summary>
    public bool HasConflict { get; set; }

    /// <summary>Loads the latest version of the case in place: the forms keep what the user typed.</summary>
    public Func<Task> ReloadAsync { get; init; } = () => Task.CompletedTask;

    /// <summary>A key for drafts of this case: <c>case:12:objective</c>.</summary>
    public string DraftKey(string field) => $"case:{Case.Id}:{field}";

    public string CategoryName(int categoryId) =>
        Categories.FirstOrDefault(c => c.Id == categoryId)?.NameIn(Language) ?? "";
}
