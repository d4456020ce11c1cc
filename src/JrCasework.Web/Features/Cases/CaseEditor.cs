namespace JrCasework.Web.Features.Cases;

/// <summary>
/// The open case as every part of the case page sees it (a cascading value of <see cref="CasePage"/>): the case as
/// last saved, what the user may do, the choices, and the one way to change it — <see cref="ApplyAsync"/>, which
/// keeps the page busy while it saves and remembers a refusal next to the form it came from.
/// </summary>
public sealed class CaseEditor
{
    public required JrCase Case { get; set; }

    /// <summary>Only the owning supervisor changes a case (<see cref="CaseAccess.CanChangeContent"/>); others read it.</summary>
    public required bool CanChange { get; init; }

    /// <summary>The owner of an open case changes it.</summary>
    public bool CanEdit => CanChange && !Case.IsClosed;

    public required IReadOnlyList<CategoryOption> Categories { get; init; }

    public required IReadOnlyList<ManagerOption> Managers { get; init; }

    /// <summary>Today's date (from the injected clock), for date pickers and overdue markers.</summary>
    public required DateOnly Today { get; set; }

    /// <summary>The user's language, "en" or "nl".</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Saves one change through <see cref="CaseService"/> (the audit action, the domain call). Returns null when saved,
    /// or the reason it was refused, in the user's language — a refused change saves nothing.
    /// </summary>
    public required Func<string, Action<JrCase, Actor>, Task<string?>> Save { get; init; }

    /// <summary>Renders the page again, and every part of it with it.</summary>
    public Action Changed { get; set; } = () => { };

    /// <summary>Loads the latest version of the case in place: the forms keep what the user typed.</summary>
    public Func<Task> ReloadAsync { get; init; } = () => Task.CompletedTask;

    /// <summary>A change is being saved: buttons that change the case wait.</summary>
    public bool Busy { get; private set; }

    /// <summary>The last refusal, with the form it belongs to; cleared by the next change or another step.</summary>
    public StepError? Error { get; set; }

    /// <summary>A save was refused because the case changed elsewhere since it was loaded; cleared by <see cref="ReloadAsync"/>.</summary>
    public bool HasConflict { get; set; }

    /// <summary>
    /// Applies a change through the domain from the form <paramref name="at"/>: true when saved, false when refused
    /// (the reason is kept in <see cref="Error"/> for that form).
    /// </summary>
    public async Task<bool> ApplyAsync(string at, string action, Action<JrCase, Actor> change)
    {
        Busy = true;
        Error = null;
        Changed();
        try
        {
            var refusal = await Save(action, change);
            Error = refusal is null ? null : new StepError(at, refusal, HasConflict);
            return refusal is null;
        }
        finally
        {
            Busy = false;
            Changed();
        }
    }

    /// <summary>A key for drafts of this case: <c>case:12:objective</c>.</summary>
    public string DraftKey(string field) => $"case:{Case.Id}:{field}";

    public string CategoryName(int categoryId) =>
        Categories.FirstOrDefault(c => c.Id == categoryId)?.NameIn(Language) ?? "";
}

/// <summary>
/// Where a refusal happened (which form) and what the domain said, so it is shown next to that form only;
/// <see cref="Conflict"/> when the case changed elsewhere since it was loaded.
/// </summary>
public sealed record StepError(string At, string Message, bool Conflict = false);
