using JrCasework.Domain.Cases;

namespace JrCasework.Web.Features.Cases.Steps;

public sealed partial class CheckStep
{
    private IEnumerable<FollowUp> ThisRound =>
        Session.Case.FollowUps.Where(f => f.Loop == Session.Case.Loop && f.Status != FollowUpStatus.Cancelled);

    /// <summary>"Did your action help?" can only be answered once a check is recorded.</summary>
    private bool CheckRecorded => ThisRound.Any(f => f.Status == FollowUpStatus.Done);

    private IReadOnlyList<(string, bool)> Prompts =>
    [
        (C["Prompt.Check.HowSoon"], ThisRound.Any()),
        (C["Prompt.Check.HowOften"], ThisRound.Count() > 1),
        (C["Prompt.Check.Watch"], CheckRecorded),
    ];
}
