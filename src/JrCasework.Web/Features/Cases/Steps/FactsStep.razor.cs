using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Features.Cases.Steps;

/// <summary>Step 1 of the card: get the facts, and be sure you have the whole story before weighing.</summary>
public sealed partial class FactsStep
{
    private DraftTextField? _reasonDraft;
    private string? _reason;

    private IReadOnlyList<MissingPart> Missing => Session.Case.MissingParts();

    private IReadOnlyList<(string, bool)> Prompts
    {
        get
        {
            var facts = Session.Case.Facts;
            var prompts = new List<(string, bool)>
            {
                (C["Prompt.Facts.Record"], facts.Any(f => f.Kind == FactKind.Record)),
                (C["Prompt.Facts.Rules"], facts.Any(f => f.Kind == FactKind.RulesAndCustoms)),
            };
            prompts.AddRange(Session.Case.Employees.Select(e =>
                ((string)C["Prompt.Facts.Talk", e.Name], facts.Any(f => f.Kind == FactKind.Conversation && f.ConversationWithEmployeeId == e.EmployeeId))));
            prompts.Add((C["Prompt.Facts.Opinions"], facts.Any(f => f.Kind == FactKind.OpinionOrFeeling)));
            return prompts;
        }
    }

    private async Task StartWeighingAsync()
    {
        var reason = Missing.Count == 0 ? null : _reason;
        if (await ApplyAsync("forward", "weigh.start", (c, by) => c.StartWeighing(by, reason)) && _reasonDraft is not null)
        {
            await _reasonDraft.ForgetAsync();
        }
    }
}
