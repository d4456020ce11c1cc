namespace JrCasework.Domain.Cases;

/// <summary>The objective, step 1 (get the facts) and step 2 (weigh and decide) of a case.</summary>
public sealed partial class JrCase
{
    // ---- Determine the objective -------------------------------------------------------------

    public void ChangeObjective(string objective, Actor by)
    {
        RequireOpen();
        Require(!string.IsNullOrWhiteSpace(objective), CaseRule.ObjectiveRequired, "Write down what you want to achieve.");
        RequireFits((objective, TextLimit.Long));
        var previous = Objective;
        Objective = objective.Trim();
        Record(by, CaseEvent.ObjectiveChanged, Step, null, previous);
    }

    /// <summary>Corrects the title, category or origin; the previous values stay in the history.</summary>
    public void ChangeDetails(string title, int categoryId, ProblemOrigin origin, Actor by)
    {
        RequireOpen();
        Require(!string.IsNullOrWhiteSpace(title), CaseRule.TitleRequired, "A case needs a title.");
        RequireFits((title, TextLimit.Name));
        var previous = $"{Title} | {CategoryId} | {Origin}";
        Title = title.Trim();
        CategoryId = categoryId;
        Origin = origin;
        Record(by, CaseEvent.DetailsChanged, Step, null, previous);
    }

    /// <summary>Objective → step 1. There are no facts before there is an objective.</summary>
    public void StartGettingFacts(Actor by)
    {
        RequireMoveOn(CaseStep.Objective);
        MoveTo(CaseStep.Facts, by);
    }

    // ---- Step 1: get the facts -----------------------------------------------------------------

    /// <summary>Adds a fact. For a conversation with an employee of the case, pass that employee's id.</summary>
    public Fact AddFact(FactKind kind, string source, DateOnly date, string text, Actor by, int? conversationWithEmployeeId = null)
    {
        RequireOpen();
        Require(Step != CaseStep.Objective, CaseRule.ObjectiveRequired,
            "Determine the objective first: facts are gathered in step 1, after the objective is written.");
        RequireText(source, text);
        RequireFits((source, TextLimit.Name), (text, TextLimit.Long));
        RequireHappened(date, by);
        RequireKnownEmployee(conversationWithEmployeeId);
        var fact = new Fact(NextNumber(_facts.Select(f => f.Number)), Loop, kind, source.Trim(), date, text.Trim(), conversationWithEmployeeId);
        _facts.Add(fact);
        Record(by, CaseEvent.FactAdded, Step, kind.ToString());
        return fact;
    }

    /// <summary>Corrects a fact; the previous version stays in the history.</summary>
    public void EditFact(int factNumber, FactKind kind, string source, DateOnly date, string text, Actor by, int? conversationWithEmployeeId = null)
    {
        RequireOpen();
        RequireText(source, text);
        RequireFits((source, TextLimit.Name), (text, TextLimit.Long));
        RequireHappened(date, by);
        RequireKnownEmployee(conversationWithEmployeeId);
        var fact = Find(_facts, f => f.Number == factNumber);
        var previous = fact.Describe();
        fact.Set(kind, source.Trim(), date, text.Trim(), conversationWithEmployeeId);
        Record(by, CaseEvent.FactEdited, Step, $"Fact {factNumber}", previous);
    }

    /// <summary>
    /// The parts of the card's step 1 not yet covered: the record, the rules and customs, a
    /// conversation with each employee the case concerns, and opinions and feelings.
    /// </summary>
    public IReadOnlyList<MissingPart> MissingParts() => JrCard.MissingParts(this);

    /// <summary>
    /// Step 1 → step 2. Be sure you have the whole story: with parts missing, a written reason is
    /// required, and it is kept.
    /// </summary>
    public void StartWeighing(Actor by, string? reasonDespiteMissingParts = null)
    {
        var incomplete = Card(CaseStep.Facts).Blocker;
        RequireFits((reasonDespiteMissingParts, TextLimit.Long));
        if (incomplete is not null)
        {
            // The one guard of step 1 a written reason may override: the whole story.
            if (incomplete.Rule != CaseRule.WholeStoryIncomplete || string.IsNullOrWhiteSpace(reasonDespiteMissingParts))
            {
                throw incomplete;
            }

            _overrides.Add(new StepOverride(Loop, CaseStep.Facts, reasonDespiteMissingParts.Trim(), incomplete.Details, by.AtUtc));
        }

        MoveTo(CaseStep.WeighAndDecide, by, reasonDespiteMissingParts?.Trim());
    }

    // ---- Step 2: weigh and decide --------------------------------------------------------------

    public PossibleAction AddPossibleAction(PossibleActionInput input, Actor by)
    {
        RequireOpen();
        Require(Step >= CaseStep.WeighAndDecide, CaseRule.NotInThisStep, "Possible actions are weighed in step 2, after the facts.");
        RequireDescription(input);
        var action = new PossibleAction(NextNumber(_possibleActions.Select(a => a.Number)), Loop, input);
        _possibleActions.Add(action);
        Record(by, CaseEvent.PossibleActionAdded, Step, input.Description.Trim());
        return action;
    }

    public void EditPossibleAction(int possibleActionNumber, PossibleActionInput input, Actor by)
    {
        RequireOpen();
        RequireDescription(input);
        var action = Find(_possibleActions, a => a.Number == possibleActionNumber);
        var previous = action.Describe();
        action.Set(input);
        Record(by, CaseEvent.PossibleActionEdited, Step, $"Possible action {possibleActionNumber}", previous);
    }

    /// <summary>
    /// Step 2 → step 3. Don't jump to conclusions: at least two possible actions considered, each
    /// weighed for the individual, the group and production and checked against policy.
    /// </summary>
    public void Decide(IReadOnlyCollection<int> chosenPossibleActionNumbers, string rationale, Actor by)
    {
        RequireMoveOn(CaseStep.WeighAndDecide);
        Require(chosenPossibleActionNumbers.Count > 0, CaseRule.ChooseAnAction, "Choose at least one of the possible actions.");
        Require(chosenPossibleActionNumbers.All(n => _possibleActions.Any(a => a.Number == n)), CaseRule.UnknownItem, "Choose from this case's possible actions.");
        Require(!string.IsNullOrWhiteSpace(rationale), CaseRule.RationaleRequired, "Write why you chose this: it is what you will explain to the employee.");
        RequireFits((rationale, TextLimit.Long));

        _decisions.Add(new Decision(Loop, chosenPossibleActionNumbers.Distinct(), rationale.Trim(), by.AtUtc));
        MoveTo(CaseStep.TakeAction, by, rationale.Trim(), CaseEvent.Decided);
    }
}
