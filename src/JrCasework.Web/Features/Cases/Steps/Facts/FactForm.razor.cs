using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps.Facts;

/// <summary>The form of a fact: empty to add one, or filled with <see cref="Editing"/> to correct it.</summary>
public sealed partial class FactForm
{
    /// <summary>The "someone else" choice of a conversation (not one of the case's employees).</summary>
    private const int SomeoneElse = 0;

    private DraftTextField? _draft;
    private FactKind? _kind;
    private int? _with;
    private string? _source;
    private DateTime? _date;
    private string? _text;
    private bool _submitted;

    [CascadingParameter]
    public CaseSession Session { get; set; } = default!;

    [Parameter, EditorRequired]
    public StepApply Apply { get; set; } = default!;

    [Parameter]
    public StepError? Error { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The fact to correct; null to add a new one.</summary>
    [Parameter]
    public Fact? Editing { get; set; }

    /// <summary>Called when a correction is saved or cancelled.</summary>
    [Parameter]
    public EventCallback Done { get; set; }

    /// <summary>Ids of the correcting form differ from the adding form, so both can be on the page.</summary>
    private string Prefix => Editing is null ? "" : "edit-";

    private string At => Editing is null ? "fact-add" : $"fact-edit-{Editing.Number}";

    private string DraftKey => Session.DraftKey(Editing is null ? "fact-text" : $"fact-text-{Editing.Number}");

    protected override void OnInitialized()
    {
        if (Editing is { } fact)
        {
            _kind = fact.Kind;
            _with = fact.Kind == FactKind.Conversation ? fact.ConversationWithEmployeeId ?? SomeoneElse : null;
            _source = fact.Source;
            _date = fact.Date.ToDateTime(TimeOnly.MinValue);
            _text = fact.Text;
        }
        else
        {
            Reset();
        }
    }

    private void Reset()
    {
        _kind = null;
        _with = Session.Case.Employees.Count == 1 ? Session.Case.Employees[0].EmployeeId : null;
        _source = null;
        _date = Session.Today.ToDateTime(TimeOnly.MinValue);
        _text = null;
        _submitted = false;
    }

    private async Task SaveAsync()
    {
        _submitted = true;
        if (_kind is not { } kind || (kind == FactKind.Conversation && _with is null))
        {
            return;
        }

        var source = _source ?? "";
        var date = DateOnly.FromDateTime(_date ?? Session.Today.ToDateTime(TimeOnly.MinValue));
        var text = _text ?? "";
        int? with = kind == FactKind.Conversation && _with is { } id && id != SomeoneElse ? id : null;

        var saved = Editing is { Number: var number }
            ? await Apply(At, "fact.edit", (c, by) => c.EditFact(number, kind, source, date, text, by, with))
            : await Apply(At, "fact.add", (c, by) => c.AddFact(kind, source, date, text, by, with));
        if (!saved)
        {
            return;
        }

        await _draft!.ForgetAsync();
        if (Editing is null)
        {
            Reset();
        }
        else
        {
            await Done.InvokeAsync();
        }
    }

    private async Task CancelAsync()
    {
        await _draft!.ForgetAsync();
        await Done.InvokeAsync();
    }
}
