using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps.TakeAction;

public sealed partial class ActionItemList
{
    private string? _description;
    private string? _owner;
    private DateTime? _due;

    [Inject]
    private WorkingWeek WorkingWeek { get; set; } = default!;

    /// <summary>A week from today, on a working day: what the due date of a new item suggests.</summary>
    private DateTime SuggestedDue => WorkingWeek.OnOrAfter(Editor.Today.AddDays(7)).ToDateTime(TimeOnly.MinValue);

    /// <summary>The items of the current round, open ones first.</summary>
    private IReadOnlyList<ActionItem> Items =>
        [.. Editor.Case.ActionItems.Where(i => i.Loop == Editor.Case.Loop).OrderBy(i => i.CompletedAtUtc is not null).ThenBy(i => i.DueOn)];

    protected override void OnInitialized() => _due = SuggestedDue;

    private async Task AddAsync()
    {
        var description = _description ?? "";
        var owner = _owner ?? "";
        var due = DateOnly.FromDateTime(_due!.Value);
        if (await Apply("items", AuditActions.Change.AddActionItem, (c, by) => c.AddActionItem(description, owner, due, by)))
        {
            _description = null;
            _due = SuggestedDue;
        }
    }

    private Task CompleteAsync(int number) => Apply("items", AuditActions.Change.CompleteActionItem, (c, by) => c.CompleteActionItem(number, by));
}
