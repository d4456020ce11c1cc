using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases;

public sealed partial class CaseHistory
{
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();
    private int _loadedFor = -1;

    /// <summary>
    /// The display names of the users in the history. When not given, they are looked up with
    /// <see cref="CaseQueries"/>; a test passes them in.
    /// </summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? UserNames { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    private IReadOnlyList<CaseHistoryEntry> Entries =>
        [.. Editor.Case.History.Select((entry, index) => (entry, index)).OrderByDescending(e => e.entry.AtUtc).ThenByDescending(e => e.index).Select(e => e.entry)];

    protected override async Task OnParametersSetAsync()
    {
        if (UserNames is not null)
        {
            _names = UserNames;
            return;
        }

        // Look the names up again only when the history has grown (someone new may have acted).
        if (_loadedFor != Editor.Case.History.Count && Services.GetService<CaseQueries>() is { } queries)
        {
            _loadedFor = Editor.Case.History.Count;
            _names = await queries.UserNamesAsync(Editor.Case.History.Select(e => e.ByUserId));
        }
    }

    private string UserName(string userId) => _names.TryGetValue(userId, out var name) ? name : C["History.UnknownUser"];

    /// <summary>The entry's short summary; where it names a kind, a handling or an answer, in the user's language.</summary>
    private string? Summary(CaseHistoryEntry entry) => entry.Event switch
    {
        _ when entry.HoldsHrOnlyText => null,
        CaseEvent.FactAdded when Enum.TryParse<FactKind>(entry.Summary, out var kind) => C.Kind(kind),
        CaseEvent.ActionPlanned when Enum.TryParse<Handling>(entry.Summary, out var handling) => C.Name(handling),
        CaseEvent.Closed when Enum.TryParse<ObjectiveMet>(entry.Summary, out var met) => $"{C["Closing.Title"]} {C.Name(met)}",
        CaseEvent.FollowUpScheduled or CaseEvent.FollowUpChecked when entry.Summary is not null => Dates(entry.Summary),
        CaseEvent.ActionItemCompleted when Number(entry.Summary) is { } number =>
            Editor.Case.ActionItems.FirstOrDefault(i => i.Number == number)?.Description ?? entry.Summary,
        CaseEvent.PossibleActionEdited when Number(entry.Summary) is { } number =>
            Editor.Case.PossibleActions.FirstOrDefault(a => a.Number == number)?.Description ?? entry.Summary,
        CaseEvent.NewLoopStarted when Number(entry.Summary) is { } loop => C["Case.Loop", loop],
        CaseEvent.Opened => null,
        _ => entry.Summary,
    };

    /// <summary>"2026-09-05, 2026-09-26" as dates in the user's language.</summary>
    private static string Dates(string isoDates) =>
        string.Join(", ", isoDates.Split(", ").Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", out var date) ? DateText.Date(date) : d));

    /// <summary>The number at the end of a summary such as "Action item 3" or "Loop 2".</summary>
    private static int? Number(string? summary) =>
        int.TryParse(summary?[(summary.LastIndexOf(' ') + 1)..], out var number) ? number : null;
}
