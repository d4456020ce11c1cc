using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Cases.Steps.CheckResults;

public sealed partial class FollowUpList
{
    private OpenedForm? _open;
    private DraftTextField? _outputDraft;
    private DraftTextField? _attitudesDraft;
    private DraftTextField? _relationshipsDraft;
    private DraftTextField? _noteDraft;
    private string? _output;
    private string? _attitudes;
    private string? _relationships;
    private string? _note;
    private DateTime? _moveTo;
    private string? _reason;

    private enum FormKind
    {
        Check,
        Move,
        Cancel,
    }

    /// <summary>Whether checks can be recorded here (step 4); in step 3 follow-ups are only planned.</summary>
    [Parameter]
    public bool CanRecord { get; set; } = true;

    /// <summary>This round's follow-ups by date, then those of earlier rounds.</summary>
    private IReadOnlyList<FollowUp> FollowUps =>
        [.. Editor.Case.FollowUps.OrderByDescending(f => f.Loop == Editor.Case.Loop).ThenBy(f => f.DueOn).ThenBy(f => f.Number)];

    private static string RowClass(FollowUp followUp) => $"jr-followup is-{followUp.Status.ToString().ToLowerInvariant()}";

    private static Color StatusColor(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => Color.Success,
        FollowUpStatus.Cancelled => Color.Default,
        _ => Color.Info,
    };

    private string FormTitle(FormKind kind) => C[$"FollowUps.Form.{kind}"];

    private void OpenForm(int number, FormKind kind)
    {
        _open = new OpenedForm(number, kind);
        _output = _attitudes = _relationships = _note = _reason = null;
        _moveTo = null;
    }

    private void CloseForm() => _open = null;

    private async Task SaveCheckAsync()
    {
        var number = _open!.Number;
        var observation = new CheckObservation(_output, _attitudes, _relationships, _note);
        if (await Apply("followup", AuditActions.Change.RecordCheck, (c, by) => c.RecordCheck(number, observation, by)))
        {
            await _outputDraft!.ForgetAsync();
            await _attitudesDraft!.ForgetAsync();
            await _relationshipsDraft!.ForgetAsync();
            await _noteDraft!.ForgetAsync();
            _open = null;
        }
    }

    private async Task MoveAsync()
    {
        var number = _open!.Number;
        var dueOn = DateOnly.FromDateTime(_moveTo!.Value);
        var reason = _reason ?? "";
        if (await Apply("followup", AuditActions.Change.RescheduleFollowUp, (c, by) => c.RescheduleFollowUp(number, dueOn, reason, by)))
        {
            _open = null;
        }
    }

    private async Task CancelAsync()
    {
        var number = _open!.Number;
        var reason = _reason ?? "";
        if (await Apply("followup", AuditActions.Change.CancelFollowUp, (c, by) => c.CancelFollowUp(number, reason, by)))
        {
            _open = null;
        }
    }

    private sealed record OpenedForm(int Number, FormKind Kind);
}
