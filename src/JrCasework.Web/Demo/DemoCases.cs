using System.Text.Json;
using System.Text.Json.Serialization;

namespace JrCasework.Web.Demo;

/// <summary>
/// The demo casebook of Sanne de Vries (Production) and Tom Peeters (Logistics): cases in Dutch and
/// English at every step, closed with every outcome, one looped back to step 1, one referred to the
/// manager, and follow-ups overdue. Each case is walked through the domain's own methods from its
/// opening date weeks or months ago, so the history reads as if the supervisor did the work then.
/// No medical details anywhere: absence is a fact, its cause is not recorded.
/// </summary>
internal static class DemoCases
{
    /// <summary>Seeds the demo cases once: nothing happens when either demo supervisor already owns a case.</summary>
    public static async Task<int> SeedAsync(JrCaseworkDbContext db, DateTime nowUtc, ILogger logger)
    {
        var emails = new[] { DemoData.SupervisorProduction.Email, DemoData.SupervisorLogistics.Email, DemoData.Manager.Email };
        var users = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!);
        if (users.Count < emails.Length)
        {
            return 0;
        }

        var owners = new[] { users[DemoData.SupervisorProduction.Email].Id, users[DemoData.SupervisorLogistics.Email].Id };
        if (await db.Cases.AnyAsync(c => owners.Contains(c.OwnerUserId)))
        {
            return 0;
        }

        var employees = await db.Employees.ToDictionaryAsync(e => e.EmployeeNumber);
        var categories = await db.CaseCategories.ToDictionaryAsync(c => c.Code, c => c.Id);
        var lastSequence = await db.Cases.GroupBy(c => c.ReferenceYear)
            .Select(g => new { Year = g.Key, Last = g.Max(c => c.ReferenceSequence) })
            .ToDictionaryAsync(g => g.Year, g => g.Last);

        var walk = new Walk(nowUtc, users[DemoData.Manager.Email].Id, employees, categories);
        foreach (var story in Stories().OrderByDescending(s => s.OpenedDaysAgo))
        {
            var owner = users[story.Owner];
            var year = walk.OpenedAt(story).Year;
            lastSequence[year] = lastSequence.GetValueOrDefault(year) + 1;
            db.Cases.Add(walk.Build(story, owner.Id, owner.OrgUnitId, year, lastSequence[year]));
        }

        var count = await db.SaveChangesAsync();
        logger.LogInformation("Demo cases seeded ({Rows} rows)", count);
        return count;
    }

    private static readonly JsonSerializerOptions StoryFormat = new() { Converters = { new JsonStringEnumConverter() } };

    private sealed record DemoFact(FactKind Kind, string Source, string Text, string? With = null);

    private sealed record DemoItem(string Description, string Owner, int DueAfterDays, bool Done);

    /// <summary>A new loop: the outcome that sent the case around again, and the first facts of loop 2.</summary>
    private sealed record DemoLoop(OutcomeInput Outcome, DemoFact[] Facts);

    /// <summary>
    /// One demo case as a supervisor would write it. The case is walked up to <see cref="Until"/>:
    /// the objective at day 0, facts in the first <see cref="Pace"/> days, weighing and the decision in
    /// the next, the action in the third, checks from the fourth on.
    /// </summary>
    private sealed class Story
    {
        /// <summary>The e-mail address of the demo supervisor who owns the case.</summary>
        public required string Owner { get; init; }

        public required string[] About { get; init; }

        public required string Category { get; init; }

        public required ProblemOrigin Origin { get; init; }

        public required string Title { get; init; }

        public string? Objective { get; init; }

        public required int OpenedDaysAgo { get; init; }

        public int Pace { get; init; } = 5;

        public CaseStep Until { get; init; } = CaseStep.Closed;

        public DemoFact[] Facts { get; init; } = [];

        public string? MissingPartsReason { get; init; }

        public PossibleActionInput[] Options { get; init; } = [];

        public int[] Chosen { get; init; } = [];

        public string? Rationale { get; init; }

        public ActionPlanInput? Plan { get; init; }

        public DemoItem[] Items { get; init; } = [];

        public int FirstCheckAfterDays { get; init; } = 14;

        public Recurrence? Repeat { get; init; }

        /// <summary>An extra check long after the action (seed 004: again after six months).</summary>
        public int? LongCheckAfterDays { get; init; }

        public CheckObservation[] Checks { get; init; } = [];

        public OutcomeInput? Outcome { get; init; }

        public string? CloseAnywayReason { get; init; }

        public DemoLoop? NewLoop { get; init; }
    }

    /// <summary>Walks a story through the domain, moving a clock forward from the opening date.</summary>
    private sealed class Walk(
        DateTime nowUtc, string managerUserId, IReadOnlyDictionary<string, Employee> employees, IReadOnlyDictionary<string, int> categories)
    {
        private string _userId = string.Empty;
        private DateTime _clock;

        public DateTime OpenedAt(Story story) => nowUtc.Date.AddDays(-story.OpenedDaysAgo).AddHours(8.5);

        public JrCase Build(Story story, string ownerUserId, int orgUnitId, int year, int sequence)
        {
            _userId = ownerUserId;
            _clock = DateTime.MinValue;
            var opened = OpenedAt(story);
            DateTime Stage(double k) => opened.AddDays(k * story.Pace);

            var about = story.About.Select(number => employees[number]).ToList();
            var @case = JrCase.Open(
                year, sequence, story.Title, categories[story.Category], story.Origin, story.Objective,
                about.Select(e => (e.Id, e.FullName)).ToList(), ownerUserId, orgUnitId, At(opened));
            if (story.Until == CaseStep.Objective)
            {
                return @case;
            }

            @case.StartGettingFacts(At(opened.AddHours(1)));
            AddFacts(@case, story.Facts, opened.AddHours(2), Stage(1));
            if (story.Until == CaseStep.Facts)
            {
                return @case;
            }

            @case.StartWeighing(At(Stage(1)), story.MissingPartsReason);
            for (var i = 0; i < story.Options.Length; i++)
            {
                @case.AddPossibleAction(story.Options[i], At(Stage(1).AddHours(2 + (3 * i))));
            }

            if (story.Until == CaseStep.WeighAndDecide)
            {
                return @case;
            }

            var chosen = story.Chosen.Select(i => @case.PossibleActions[i].Number).ToList();
            @case.Decide(chosen, story.Rationale!, At(Stage(1.6)));
            if (story.Plan is null)
            {
                return @case;
            }

            var plan = story.Plan.Handling == Handling.ReferredToManager ? story.Plan with { ManagerUserId = managerUserId } : story.Plan;
            @case.PlanAction(plan, At(Stage(2)));
            foreach (var item in story.Items)
            {
                @case.AddActionItem(item.Description, item.Owner, DateOnly.FromDateTime(Stage(2)).AddDays(item.DueAfterDays), At(Stage(2).AddMinutes(20)));
            }

            if (story.Until == CaseStep.TakeAction)
            {
                return @case;
            }

            foreach (var (item, index) in story.Items.Select((item, index) => (item, index)).Where(x => x.item.Done))
            {
                @case.CompleteActionItem(@case.ActionItems[index].Number, At(Stage(3).AddHours(-2)));
            }

            @case.StartCheckingResults(At(Stage(3)));
            var firstCheck = DateOnly.FromDateTime(Stage(3)).AddDays(story.FirstCheckAfterDays);
            @case.ScheduleFollowUps(firstCheck, story.Repeat, At(Stage(3).AddMinutes(30)));
            if (story.LongCheckAfterDays is { } longCheck)
            {
                @case.ScheduleFollowUps(DateOnly.FromDateTime(Stage(3)).AddDays(longCheck), null, At(Stage(3).AddMinutes(40)));
            }

            var followUps = @case.FollowUps.Where(f => f.Loop == @case.Loop).OrderBy(f => f.DueOn).ToList();
            for (var i = 0; i < story.Checks.Length; i++)
            {
                @case.RecordCheck(followUps[i].Number, story.Checks[i], At(followUps[i].DueOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)));
            }

            if (story.Until == CaseStep.CheckResults)
            {
                return @case;
            }

            var ending = _clock.Date.AddDays(2).AddHours(11);
            if (story.NewLoop is { } loop)
            {
                @case.StartNewLoop(loop.Outcome, At(ending));
                AddFacts(@case, loop.Facts, ending.AddDays(1), ending.AddDays(1 + loop.Facts.Length));
                return @case;
            }

            @case.Close(story.Outcome!, At(ending), story.CloseAnywayReason);
            return @case;
        }

        private void AddFacts(JrCase @case, DemoFact[] facts, DateTime from, DateTime until)
        {
            var gap = (until - from) / (facts.Length + 1);
            for (var i = 0; i < facts.Length; i++)
            {
                var fact = facts[i];
                var at = At(from + (gap * i));
                @case.AddFact(fact.Kind, fact.Source, DateOnly.FromDateTime(at.AtUtc), fact.Text, at, fact.With is null ? null : employees[fact.With].Id);
            }
        }

        /// <summary>The supervisor acting at <paramref name="when"/> (never before the previous act, never in the future).</summary>
        private Actor At(DateTime when)
        {
            _clock = when > _clock ? when : _clock.AddMinutes(5);
            if (_clock >= nowUtc)
            {
                throw new InvalidOperationException($"A demo case runs into the future ({_clock:O}); shorten its pace or open it earlier.");
            }

            return new Actor(_userId, _clock);
        }
    }

    /// <summary>The stories of the demo cases (<c>Demo/stories.json</c>), in Dutch for Sanne's team and English for Tom's.</summary>
    private static Story[] Stories()
    {
        using var stream = typeof(DemoCases).Assembly.GetManifestResourceStream("JrCasework.Web.Demo.stories.json")
            ?? throw new InvalidOperationException("The demo stories (Demo/stories.json) are not embedded.");
        return JsonSerializer.Deserialize<Story[]>(stream, StoryFormat) ?? [];
    }
}
