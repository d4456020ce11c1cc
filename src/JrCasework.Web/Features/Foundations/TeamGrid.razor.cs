using JrCasework.Domain.Foundations;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Foundations;

/// <summary>A foundation of one person: what a click on a cell of the grid asks to log.</summary>
public sealed record FoundationCell(int EmployeeId, Foundation Foundation);

/// <summary>
/// The grid of "My team", from rows it is given (so it renders without a database): per person and
/// foundation when it was last done, a nudge where one is due, and a filter on who needs attention.
/// </summary>
public sealed partial class TeamGrid
{
    private static readonly Foundation[] Foundations = Enum.GetValues<Foundation>();

    private bool _needsAttentionOnly;

    /// <summary>The team, one row per person, in the order to show.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TeamRow> Rows { get; set; } = [];

    /// <summary>The day "3 weeks ago" counts from.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    /// <summary>A cell was clicked: log that foundation for that person.</summary>
    [Parameter]
    public EventCallback<FoundationCell> OnLog { get; set; }

    private int NeedingAttention => Rows.Count(r => r.NeedsAttention);

    private List<TeamRow> Shown => _needsAttentionOnly ? [.. Rows.Where(r => r.NeedsAttention)] : [.. Rows];

    private void FilterChanged(bool on) => _needsAttentionOnly = on;

    private string Details(FoundationStatus status)
    {
        var parts = new List<string> { T.Name(status.Foundation) };
        if (status.LastDone is { } last)
        {
            parts.Add(T["Team.LastOn", DateText.Date(last)]);
        }

        if (T.Due(status) is { } due)
        {
            parts.Add(due);
        }

        return string.Join(" · ", parts);
    }
}
