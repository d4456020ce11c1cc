namespace JrCasework.Web.Features.Cases;

/// <summary>The casework words in the user's language: steps, kinds, effects, and what a refused move means.</summary>
public static class CaseText
{
    public static string Step(this IStringLocalizer<CaseResource> c, CaseStep step, bool shortName = false) =>
        c[shortName ? $"Step.{step}.Short" : $"Step.{step}"];

    public static string Kind(this IStringLocalizer<CaseResource> c, FactKind kind) => c[$"FactKind.{kind}"];

    public static string Name(this IStringLocalizer<CaseResource> c, Effect effect) => c[$"Effect.{effect}"];

    public static string Name(this IStringLocalizer<CaseResource> c, Handling handling) => c[$"Handling.{handling}"];

    public static string Name(this IStringLocalizer<CaseResource> c, ProblemOrigin origin) => c[$"Origin.{origin}"];

    public static string Name(this IStringLocalizer<CaseResource> c, ObjectiveMet met) => c[$"ObjectiveMet.{met}"];

    public static string Name(this IStringLocalizer<CaseResource> c, FollowUpStatus status) => c[$"FollowUpStatus.{status}"];

    public static string Name(this IStringLocalizer<CaseResource> c, CaseEvent @event) => c[$"Event.{@event}"];

    /// <summary>A prompt of the Job Relations card, e.g. "Talk with Jan Smit".</summary>
    public static string Prompt(this IStringLocalizer<CaseResource> c, PromptAnswer prompt) =>
        prompt.With is { } employee ? c[$"Prompt.{prompt.Prompt}", employee.Name] : c[$"Prompt.{prompt.Prompt}"];

    /// <summary>A part of the whole story still missing, e.g. "a conversation with Jan Smit".</summary>
    public static string Missing(this IStringLocalizer<CaseResource> c, MissingPart part) =>
        part.EmployeeName is null ? c[$"Missing.{part.Kind}"] : c[$"Missing.{part.Kind}", part.EmployeeName];

    /// <summary>Why the domain refused a move, in the user's language, with the specifics filled in.</summary>
    public static string Reason(this IStringLocalizer<CaseResource> c, CaseRuleException refusal, JrCase? @case = null) =>
        refusal.Rule switch
        {
            CaseRule.WholeStoryIncomplete when @case is not null =>
                c["Rule.WholeStoryIncomplete", string.Join(", ", @case.MissingParts().Select(c.Missing))],
            // The descriptions end the sentence: one that ends in its own full stop would give "..".
            CaseRule.PossibleActionNotWeighed => c["Rule.PossibleActionNotWeighed", string.Join(", ", refusal.Details.Select(d => d.TrimEnd('.')))],
            _ => c[$"Rule.{refusal.Rule}", string.Join(", ", refusal.Details)],
        };
}
