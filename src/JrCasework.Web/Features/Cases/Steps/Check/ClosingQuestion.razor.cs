using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Cases.Drafts;
using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Cases.Steps;

public sealed partial class ClosingQuestion
{
    private DraftTextField? _howDraft;
    private DraftTextField? _lessonsDraft;
    private DraftTextField? _reasonDraft;
    private ObjectiveMet? _met;
    private bool _helped;
    private string? _how;
    private string? _lessons;
    private string? _reason;

    [CascadingParameter]
    public CaseSession Session { get; set; } = default!;

    [Parameter, EditorRequired]
    public StepApply Apply { get; set; } = default!;

    [Parameter]
    public StepError? Error { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    private int OpenFollowUps => Session.Case.FollowUps.Count(f => f.Status == FollowUpStatus.Scheduled);

    private OutcomeInput Outcome() => new(_met!.Value, _helped, _helped ? _how : null, _lessons);

    private async Task CloseAsync()
    {
        var outcome = Outcome();
        var reason = _met == ObjectiveMet.No ? _reason : null;
        if (await Apply("closing", "case.close", (c, by) => c.Close(outcome, by, reason)))
        {
            await ForgetDraftsAsync();
        }
    }

    private async Task NewLoopAsync()
    {
        var outcome = Outcome();
        if (await Apply("closing", "case.loop", (c, by) => c.StartNewLoop(outcome, by)))
        {
            await ForgetDraftsAsync();
        }
    }

    private async Task ForgetDraftsAsync()
    {
        foreach (var draft in new[] { _howDraft, _lessonsDraft, _reasonDraft })
        {
            if (draft is not null)
            {
                await draft.ForgetAsync();
            }
        }
    }
}
