namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// The base of the step 3, step 4, closed and history tests: a case walked through the real domain to
/// the step under test, cascaded as a <see cref="CaseEditor"/> whose changes apply to that in-memory case.
/// </summary>
public abstract class CaseStepTest : CasePartTest
{
    protected const string Supervisor = "user-sanne";

    protected static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    protected static Actor Now => new(Supervisor, DateTime.UtcNow);

    /// <summary>Decided in step 2 ("Start later for three months"), now in step 3 without a plan.</summary>
    protected static JrCase InStep3()
    {
        var c = JrCase.Open(2026, 7, "Late for the early shift", 1, ProblemOrigin.CameUp, "On time for every shift, calm team",
            [(11, "Jan Smit")], Supervisor, 1, Now);
        c.StartGettingFacts(Now);
        c.AddFact(FactKind.Record, "Time registration", Today, "Late six times in four weeks", Now);
        c.AddFact(FactKind.RulesAndCustoms, "Staff handbook", Today, "The early shift starts at 06:00", Now);
        c.AddFact(FactKind.Conversation, "Conversation", Today, "The bus timetable changed", Now, 11);
        c.AddFact(FactKind.OpinionOrFeeling, "Two colleagues", Today, "They feel it is unfair", Now);
        c.StartWeighing(Now);
        c.AddPossibleAction(Weighed("Start 30 minutes later for three months"), Now);
        c.AddPossibleAction(Weighed("Formal warning"), Now);
        c.Decide([1], "It removes the cause without punishing", Now);
        return c;
    }

    /// <summary>In step 4 with the plan made and, if asked, one follow-up in a week.</summary>
    protected static JrCase InStep4(bool withFollowUp = true)
    {
        var c = InStep3();
        c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday 07:30", "Meeting room 2", "Explained the later start and why"), Now);
        c.StartCheckingResults(Now);
        if (withFollowUp)
        {
            c.ScheduleFollowUps(Today.AddDays(7), null, Now);
        }

        return c;
    }

    protected static JrCase Closed(ObjectiveMet met = ObjectiveMet.Yes)
    {
        var c = InStep4();
        c.RecordCheck(1, new CheckObservation("No late arrivals", "Relieved", "Colleagues greet him again", null), Now);
        c.Close(new OutcomeInput(met, true, "On time every day", "Ask about commuting early on"), Now, met == ObjectiveMet.No ? "He moved to another site" : null);
        return c;
    }

    /// <summary>Renders <typeparamref name="T"/> on the case page of <paramref name="c"/>, for the supervisor today.</summary>
    protected IRenderedComponent<T> RenderIn<T>(
        JrCase c,
        Action<ComponentParameterCollectionBuilder<T>>? parameters = null,
        IReadOnlyList<ManagerOption>? managers = null,
        bool canChange = true)
        where T : IComponent => RenderPart(c, Now, Today, parameters, managers, canChange);

    /// <summary>The texts of the card's prompts that are ticked.</summary>
    protected static IReadOnlyList<string> Ticked<T>(IRenderedComponent<T> cut)
        where T : IComponent =>
        [.. cut.FindAll("#prompts li.is-done").Select(li => li.TextContent.Trim().TrimEnd('✓').Trim())];

    private static PossibleActionInput Weighed(string description) =>
        new(description, new Weighing(Effect.Positive), new Weighing(Effect.Neutral), new Weighing(Effect.Positive), PolicyChecked: true);
}
