using System.Text.Json;
using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps.Facts;

/// <summary>
/// The form of a fact: empty to add one, or filled with <see cref="Editing"/> to correct it. Every field is kept as a
/// draft: the texts by their <see cref="DraftTextField"/>, the kind, with whom and the date here, so a reload brings
/// back the whole form.
/// </summary>
public sealed partial class FactForm
{
    /// <summary>The "someone else" choice of a conversation (not one of the case's employees).</summary>
    private const int SomeoneElse = 0;

    private DraftTextField? _draft;
    private DraftTextField? _sourceDraft;
    private FactKind? _kind;
    private int? _with;
    private string? _source;
    private DateTime? _date;
    private string? _text;
    private bool _submitted;

    /// <summary>The fact to correct; null to add a new one.</summary>
    [Parameter]
    public Fact? Editing { get; set; }

    /// <summary>Called when a correction is saved or cancelled.</summary>
    [Parameter]
    public EventCallback Done { get; set; }

    /// <summary>Ids of the correcting form differ from the adding form, so both can be on the page.</summary>
    private string Prefix => Editing is null ? "" : "edit-";

    private string At => Editing is null ? "fact-add" : $"fact-edit-{Editing.Number}";

    private string DraftKey => FormKey("fact-text");

    private string SourceDraftKey => FormKey("fact-source");

    private string ChoicesDraftKey => FormKey("fact-choices");

    /// <summary>The employee a conversation was with, if one of the case's; then the source is their name.</summary>
    private CaseEmployee? ConversationWith =>
        _kind == FactKind.Conversation ? Editor.Case.Employees.FirstOrDefault(e => e.EmployeeId == _with) : null;

    private bool AsksSource => ConversationWith is null && !(_kind == FactKind.Conversation && _with is null);

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

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }

        if (await Drafts.ReadAsync(ChoicesDraftKey) is { Length: > 0 } json && JsonSerializer.Deserialize<Choices>(json) is { } choices)
        {
            _kind = choices.Kind;
            _with = choices.With;
            _date = choices.Date?.ToDateTime(TimeOnly.MinValue) ?? _date;
            StateHasChanged();
        }
    }

    /// <summary>A draft key of this form: a new fact's, or the one of the fact being corrected.</summary>
    private string FormKey(string part) => Editor.DraftKey(Editing is null ? part : $"{part}-{Editing.Number}");

    private string Missing(string field) => C["Common.RequiredField", field];

    private Task KindChangedAsync(FactKind? kind)
    {
        _kind = kind;
        return KeepChoicesAsync();
    }

    private Task WithChangedAsync(int? with)
    {
        _with = with;
        return KeepChoicesAsync();
    }

    private Task DateChangedAsync(DateTime? date)
    {
        _date = date;
        return KeepChoicesAsync();
    }

    private Task KeepChoicesAsync() =>
        Drafts.SaveAsync(ChoicesDraftKey, JsonSerializer.Serialize(new Choices(_kind, _with, _date is { } d ? DateOnly.FromDateTime(d) : null)));

    private void Reset()
    {
        _kind = null;
        _with = Editor.Case.Employees.Count == 1 ? Editor.Case.Employees[0].EmployeeId : null;
        _source = null;
        _date = Editor.Today.ToDateTime(TimeOnly.MinValue);
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

        var source = ConversationWith?.Name ?? _source ?? "";
        var date = DateOnly.FromDateTime(_date ?? Editor.Today.ToDateTime(TimeOnly.MinValue));
        var text = _text ?? "";
        int? with = kind == FactKind.Conversation && _with is { } id && id != SomeoneElse ? id : null;

        var saved = Editing is { Number: var number }
            ? await Apply(At, AuditActions.Change.EditFact, (c, by) => c.EditFact(number, kind, source, date, text, by, with))
            : await Apply(At, AuditActions.Change.AddFact, (c, by) => c.AddFact(kind, source, date, text, by, with));
        if (!saved)
        {
            return;
        }

        await ForgetAsync();
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
        await ForgetAsync();
        await Done.InvokeAsync();
    }

    private async Task ForgetAsync()
    {
        await _draft!.ForgetAsync();
        if (_sourceDraft is not null)
        {
            await _sourceDraft.ForgetAsync();
        }

        await Drafts.ClearAsync(ChoicesDraftKey);
    }

    /// <summary>The choices of the form as kept in the draft.</summary>
    private sealed record Choices(FactKind? Kind, int? With, DateOnly? Date);
}
