using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Features.Cases.Steps;

/// <summary>Step 1 of the card: get the facts, and be sure you have the whole story before weighing.</summary>
public sealed partial class FactsStep
{
    private DraftTextField? _reasonDraft;
    private string? _reason;

    /// <summary>The card lets step 1 move on without a reason: the whole story is there.</summary>
    private bool WholeStory => Case.Card(CaseStep.Facts).CanMoveOn;

    private async Task StartWeighingAsync()
    {
        var reason = WholeStory ? null : _reason;
        if (await Apply("forward", AuditActions.Change.StartWeighing, (c, by) => c.StartWeighing(by, reason)) && _reasonDraft is not null)
        {
            await _reasonDraft.ForgetAsync();
        }
    }
}
