using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Features.Cases.Steps.CheckResults;

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

    private int OpenFollowUps => Editor.Case.FollowUps.Count(f => f.Status == FollowUpStatus.Scheduled);

    private OutcomeInput Outcome() => new(_met!.Value, _helped, _helped ? _how : null, _lessons);

    private async Task CloseAsync()
    {
        var outcome = Outcome();
        var reason = _met == ObjectiveMet.No ? _reason : null;
        if (await Apply("closing", AuditActions.Change.Close, (c, by) => c.Close(outcome, by, reason)))
        {
            await ForgetDraftsAsync();
        }
    }

    private async Task NewLoopAsync()
    {
        var outcome = Outcome();
        if (await Apply("closing", AuditActions.Change.StartNewLoop, (c, by) => c.StartNewLoop(outcome, by)))
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
