using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Cases.Steps.Weigh;

/// <summary>The form of a possible action: empty to add one, or filled with <see cref="Editing"/> to change it.</summary>
public sealed partial class PossibleActionForm
{
    private static readonly SupportKinds[] SupportChoices =
        [SupportKinds.Emotional, SupportKinds.Practical, SupportKinds.Informational, SupportKinds.Appreciation];

    private readonly Party[] _parties = [new("individual"), new("group"), new("production")];
    private DraftTextField? _draft;
    private string? _description;
    private bool _policyChecked;
    private string? _policyNote;
    private SupportKinds _support;
    private bool _submitted;

    /// <summary>The possible action to change; null to add a new one.</summary>
    [Parameter]
    public PossibleAction? Editing { get; set; }

    /// <summary>Called when a change is saved or cancelled.</summary>
    [Parameter]
    public EventCallback Done { get; set; }

    private string Prefix => Editing is null ? "" : "edit-";

    private string At => Editing is null ? "action-add" : $"action-edit-{Editing.Number}";

    private string DraftKey => Editor.DraftKey(Editing is null ? "action-description" : $"action-description-{Editing.Number}");

    protected override void OnInitialized()
    {
        if (Editing is not { } action)
        {
            return;
        }

        _description = action.Description;
        _parties[0].Set(action.EffectOnIndividual, action.IndividualNote);
        _parties[1].Set(action.EffectOnGroup, action.GroupNote);
        _parties[2].Set(action.EffectOnProduction, action.ProductionNote);
        _policyChecked = action.PolicyChecked;
        _policyNote = action.PolicyNote;
        _support = action.Support;
    }

    private static Color EffectColor(Effect effect) => effect switch
    {
        Effect.Positive => Color.Success,
        Effect.Negative => Color.Error,
        _ => Color.Default,
    };

    private void Toggle(SupportKinds kind, bool on) => _support = on ? _support | kind : _support & ~kind;

    private async Task SaveAsync()
    {
        _submitted = true;
        var input = new PossibleActionInput(
            _description ?? "",
            _parties[0].ToWeighing(),
            _parties[1].ToWeighing(),
            _parties[2].ToWeighing(),
            _policyChecked,
            string.IsNullOrWhiteSpace(_policyNote) ? null : _policyNote.Trim(),
            _support);

        var saved = Editing is { Number: var number }
            ? await Apply(At, AuditActions.Change.EditPossibleAction, (c, by) => c.EditPossibleAction(number, input, by))
            : await Apply(At, AuditActions.Change.AddPossibleAction, (c, by) => c.AddPossibleAction(input, by));
        if (!saved)
        {
            return;
        }

        await _draft!.ForgetAsync();
        if (Editing is null)
        {
            _description = null;
            foreach (var party in _parties)
            {
                party.Set(null, null);
            }

            _policyChecked = false;
            _policyNote = null;
            _support = SupportKinds.None;
            _submitted = false;
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

    /// <summary>The effect on one party (individual, group or production) as the user is filling it in.</summary>
    private sealed class Party(string key)
    {
        public string Key { get; } = key;

        public Effect? Effect { get; set; }

        public string? Note { get; set; }

        public void Set(Effect? effect, string? note)
        {
            Effect = effect;
            Note = note;
        }

        public Weighing? ToWeighing() =>
            Effect is { } effect ? new Weighing(effect, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim()) : null;
    }
}
