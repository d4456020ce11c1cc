namespace JrCasework.Domain.Tests.Cases;

/// <summary>
/// Walks a case through the real domain methods to the requested step, with everything the
/// method needs present unless a <c>With...</c> call leaves something out on purpose.
/// </summary>
internal sealed class CaseBuilder
{
    public const string OwnerId = "supervisor-1";
    public const string ManagerId = "manager-1";
    public const int UnitId = 7;
    public const int AnnaId = 101;
    public const int BramId = 102;
    public const string AnnaName = "Anna de Vries";
    public const string BramName = "Bram Peeters";
    public const string Rationale = "Coaching keeps Anna on the team; the group keeps its rota.";

    /// <summary>When the tests act: a week after the builder built the case.</summary>
    public static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    /// <summary>The date of the follow-up the builder schedules in step 4.</summary>
    public static readonly DateOnly FirstCheck = new(2026, 3, 16);

    public static readonly ActionPlanInput CompletePlan = new(
        Handling.Myself, HelperName: null, ManagerUserId: null, When: "Monday 9:00, before the shift",
        Where: "Meeting room 2", ExplanationToEmployee: "Told Anna what I decided and which facts led me there.");

    private static readonly DateTime BuildStart = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private readonly List<(int EmployeeId, string Name)> _employees = [(AnnaId, AnnaName)];
    private readonly List<FactKind> _leaveOut = [];
    private readonly List<int> _noConversationWith = [];
    private List<PossibleActionInput> _possibleActions = [Weighed("Coach Anna on planning her commute"), Weighed("Move Anna to the late shift")];
    private string? _objective = "Anna arrives on time again and the team trusts the rota.";
    private ActionPlanInput? _plan = CompletePlan;
    private bool _scheduleFollowUp = true;
    private int _minutes;

    /// <summary>The owning supervisor acting at <see cref="Now"/>.</summary>
    public static Actor Owner => new(OwnerId, Now);

    public static Actor OwnerAt(DateTime atUtc) => new(OwnerId, atUtc);

    public static PossibleActionInput Weighed(string description) => new(
        description,
        new Weighing(Effect.Positive, "Feels supported"),
        new Weighing(Effect.Neutral),
        new Weighing(Effect.Positive, "Fewer gaps at the start of the shift"),
        PolicyChecked: true,
        PolicyNote: "Within the attendance policy");

    public static OutcomeInput Outcome(ObjectiveMet met) =>
        new(met, ActionHelped: met != ObjectiveMet.No, HowItHelped: "Fewer late starts", LessonsLearned: "Talk earlier");

    public static CheckObservation Observation => new("On time every day", "More relaxed", "Team is friendlier", Note: null);

    public CaseBuilder WithoutObjective()
    {
        _objective = null;
        return this;
    }

    public CaseBuilder WithObjective(string objective)
    {
        _objective = objective;
        return this;
    }

    public CaseBuilder WithEmployee(int employeeId, string name)
    {
        _employees.Add((employeeId, name));
        return this;
    }

    /// <summary>Gathers no fact of <paramref name="kind"/> in step 1 (and goes on to step 2 with a reason).</summary>
    public CaseBuilder WithoutFact(FactKind kind)
    {
        _leaveOut.Add(kind);
        return this;
    }

    /// <summary>Gathers no conversation with this employee in step 1 (and goes on to step 2 with a reason).</summary>
    public CaseBuilder WithoutConversationWith(int employeeId)
    {
        _noConversationWith.Add(employeeId);
        return this;
    }

    public CaseBuilder WithPossibleActions(params PossibleActionInput[] possibleActions)
    {
        _possibleActions = [.. possibleActions];
        return this;
    }

    public CaseBuilder WithPlan(ActionPlanInput plan)
    {
        _plan = plan;
        return this;
    }

    public CaseBuilder WithoutPlan()
    {
        _plan = null;
        return this;
    }

    public CaseBuilder WithoutFollowUp()
    {
        _scheduleFollowUp = false;
        return this;
    }

    public JrCase InStep(CaseStep step)
    {
        var @case = JrCase.Open(2026, 42, "Late arrivals on the early shift", categoryId: 3, ProblemOrigin.CameUp,
            _objective, _employees, OwnerId, UnitId, Next());
        if (step == CaseStep.Objective)
        {
            return @case;
        }

        @case.StartGettingFacts(Next());
        GatherFacts(@case);
        if (step == CaseStep.Facts)
        {
            return @case;
        }

        var complete = @case.MissingParts().Count == 0;
        @case.StartWeighing(Next(), complete ? null : "The rest follows; the rota cannot wait.");
        foreach (var possibleAction in _possibleActions)
        {
            @case.AddPossibleAction(possibleAction, Next());
        }

        if (step == CaseStep.WeighAndDecide)
        {
            return @case;
        }

        @case.Decide([1], Rationale, Next());
        if (_plan is not null)
        {
            @case.PlanAction(_plan, Next());
        }

        @case.AddActionItem("Agree a new start time", "Anna", new DateOnly(2026, 3, 12), Next());
        if (step == CaseStep.TakeAction)
        {
            return @case;
        }

        @case.StartCheckingResults(Next());
        if (_scheduleFollowUp)
        {
            @case.ScheduleFollowUps(FirstCheck, recurrence: null, Next());
        }

        if (step == CaseStep.CheckResults)
        {
            return @case;
        }

        @case.Close(Outcome(ObjectiveMet.Yes), Next());
        return @case;
    }

    private void GatherFacts(JrCase @case)
    {
        var date = new DateOnly(2026, 2, 27);
        if (!_leaveOut.Contains(FactKind.Record))
        {
            @case.AddFact(FactKind.Record, "Time clock", date, "Late four times in February", Next());
        }

        if (!_leaveOut.Contains(FactKind.RulesAndCustoms))
        {
            @case.AddFact(FactKind.RulesAndCustoms, "Attendance policy", date, "Shift starts at 7:00 sharp", Next());
        }

        if (!_leaveOut.Contains(FactKind.Conversation))
        {
            foreach (var (employeeId, name) in _employees.Where(e => !_noConversationWith.Contains(e.EmployeeId)))
            {
                @case.AddFact(FactKind.Conversation, name, date, "The bus timetable changed", Next(), employeeId);
            }
        }

        if (!_leaveOut.Contains(FactKind.OpinionOrFeeling))
        {
            @case.AddFact(FactKind.OpinionOrFeeling, "Team lead", date, "The team feels it is unfair", Next());
        }
    }

    private Actor Next() => new(OwnerId, BuildStart.AddMinutes(++_minutes));
}
