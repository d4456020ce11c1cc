using JrCasework.Data;
using JrCasework.Domain.Cases;
using JrCasework.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using static JrCasework.Domain.Cases.Effect;

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
            var owner = users[story.Owner.Email];
            var year = walk.OpenedAt(story).Year;
            lastSequence[year] = lastSequence.GetValueOrDefault(year) + 1;
            db.Cases.Add(walk.Build(story, owner.Id, owner.OrgUnitId, year, lastSequence[year]));
        }

        var count = await db.SaveChangesAsync();
        logger.LogInformation("Demo cases seeded ({Rows} rows)", count);
        return count;
    }

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
        public required DemoAccount Owner { get; init; }

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

    private static DemoFact Record(string source, string text) => new(FactKind.Record, source, text);

    private static DemoFact Rule(string source, string text) => new(FactKind.RulesAndCustoms, source, text);

    private static DemoFact Talk(string employeeNumber, string source, string text) => new(FactKind.Conversation, source, text, employeeNumber);

    private static DemoFact Opinion(string source, string text) => new(FactKind.OpinionOrFeeling, source, text);

    private static PossibleActionInput Option(
        string description, (Effect, string) individual, (Effect, string) group, (Effect, string) production, string? policy, SupportKinds support = SupportKinds.None) =>
        new(description, new(individual.Item1, individual.Item2), new(group.Item1, group.Item2), new(production.Item1, production.Item2), policy is not null, policy, support);

    private static CheckObservation Check(string output, string attitudes, string relationships, string? note = null) => new(output, attitudes, relationships, note);

    private static ActionPlanInput Myself(string when, string where, string explanation) => new(Handling.Myself, null, null, when, where, explanation);

    private static ActionPlanInput WithHelp(string helper, string when, string where, string explanation) => new(Handling.MyselfWithHelp, helper, null, when, where, explanation);

    private static ActionPlanInput Referred(string when, string where, string explanation) => new(Handling.ReferredToManager, null, null, when, where, explanation);

    private static IEnumerable<Story> Stories()
    {
        var sanne = DemoData.SupervisorProduction;
        var tom = DemoData.SupervisorLogistics;

        // ---- Determine the objective ----------------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1006"],
            Category = "conduct",
            Origin = ProblemOrigin.BroughtToMe,
            OpenedDaysAgo = 2,
            Until = CaseStep.Objective,
            Title = "Opmerkingen over een collega in de groepsapp",
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2002"],
            Category = "change",
            Origin = ProblemOrigin.SawItComing,
            OpenedDaysAgo = 1,
            Until = CaseStep.Objective,
            Title = "New hand scanners: Dirk's concerns",
            Objective = "Dirk works confidently with the new hand scanners from the go-live on, and the team keeps its picking pace during the switch.",
        };

        // ---- Step 1: get the facts ------------------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1001"],
            Category = "attendance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 6,
            Until = CaseStep.Facts,
            Title = "Frequent kort verzuim Jan",
            Objective = "Jan is weer regelmatig en voorspelbaar aanwezig, zodat de bezetting van lijn 1 rond is zonder steeds invallers.",
            Facts =
            [
                Record("Verzuimregistratie", "Vijf korte ziekmeldingen in vier maanden, telkens één of twee dagen, drie keer op een maandag. Geen medische informatie vastgelegd of gevraagd."),
                Rule("Verzuimreglement", "Ziekmelding vóór 7:30 telefonisch bij de leidinggevende. Bij drie of meer meldingen in een half jaar volgt een gesprek over het verzuim (niet over de oorzaak)."),
            ],
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2001", "L-2004"],
            Category = "cooperation",
            Origin = ProblemOrigin.RanIntoIt,
            OpenedDaysAgo = 9,
            Until = CaseStep.Facts,
            Title = "Friction between Anouk and Bram at the loading dock",
            Objective = "Anouk and Bram work together at dock 4 without arguments, and trucks leave on time again.",
            Facts =
            [
                Record("Dock log", "Three trucks left more than 30 minutes late in the last two weeks, each time on a shift where Anouk and Bram both worked dock 4."),
                Rule("Dock procedure", "The loader decides the loading order; the forklift driver follows the loading list. Disagreements go to the shift lead."),
                Talk("L-2001", "Anouk Jacobs", "Anouk says Bram changes the loading order without telling her, so she has to unload pallets again. She is tired of it."),
            ],
        };

        // ---- Step 2: weigh and decide ---------------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1002"],
            Category = "performance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 14,
            Pace = 6,
            Until = CaseStep.WeighAndDecide,
            Title = "Fatima's error rate on the packing line",
            Objective = "Fatima's packing errors are back under 1% within six weeks, and she feels confident at the new station.",
            Facts =
            [
                Record("Quality records", "Packing errors rose from 0.6% to 2.8% since Fatima moved to station 5 six weeks ago; mostly wrong labels."),
                Rule("Work instruction WI-PK-05", "Labels are checked against the order sheet before sealing. New operators get two shifts of instruction at a new station."),
                Talk("P-1002", "Fatima Yilmaz", "Fatima says she had one hour of instruction instead of two shifts, and the label printer at station 5 often prints the previous order."),
                Opinion("Team leader quality", "Thinks the label printer is a known problem; other operators work around it by checking twice."),
                Opinion("Fatima Yilmaz", "Feels she is being blamed for a machine fault and is embarrassed in front of the team."),
            ],
            Options =
            [
                Option("Give Fatima the full two-shift instruction at station 5 with an experienced operator",
                    (Positive, "Fair: she gets what the instruction promises"), (Neutral, "One operator busy for two shifts"), (Positive, "Fewer errors"), "Matches WI-PK-05", SupportKinds.Practical | SupportKinds.Informational),
                Option("Have maintenance fix the label printer first",
                    (Positive, "Takes away the cause she points at"), (Positive, "Helps everyone at station 5"), (Neutral, "Half a shift of downtime"), null),
            ],
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2003"],
            Category = "wellbeing",
            Origin = ProblemOrigin.SawItComing,
            OpenedDaysAgo = 18,
            Pace = 7,
            Until = CaseStep.WeighAndDecide,
            Title = "Werkdruk Sofie in de expeditie",
            Objective = "Sofie heeft weer een werkbare week zonder structureel overwerk, en de expeditie blijft op tijd.",
            Facts =
            [
                Record("Urenregistratie", "Sofie maakte de laatste zes weken gemiddeld zeven overuren per week en sloeg volgens het kloksysteem vaak haar middagpauze over."),
                Rule("Arbobeleid en cao", "Overwerk boven vier uur per week wordt besproken met de leidinggevende; pauzes zijn verplicht."),
                Talk("L-2003", "Sofie Claes", "Sofie zegt dat zij als enige de douanedocumenten kan maken en dat niemand het overneemt als zij weg is."),
                Opinion("Collega's expeditie", "Collega's zien dat Sofie het druk heeft, maar durven het niet over te nemen omdat ze bang zijn fouten te maken."),
                Opinion("Eigen gevoel", "Ik heb te lang gerekend op Sofie als vangnet; dat is niet eerlijk naar haar."),
            ],
            Options =
            [
                Option("Twee collega's opleiden in de douanedocumenten, met Sofie als instructeur",
                    (Positive, "Minder druk, erkenning voor haar kennis"), (Positive, "Meer kennis in het team"), (Neutral, "Kost de eerste weken tijd"), "Past in het opleidingsbudget", SupportKinds.Practical | SupportKinds.Appreciation),
                Option("Tijdelijk een uitzendkracht voor het pakwerk, zodat Sofie tijd krijgt voor de documenten",
                    (Positive, "Direct minder werk"), (Neutral, "Nieuwe collega inwerken"), (Positive, "Expeditie blijft op tijd"), "Binnen het budget voor piekbezetting", SupportKinds.Practical),
            ],
        };

        // ---- Step 3: take action --------------------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1005"],
            Category = "mobility",
            Origin = ProblemOrigin.BroughtToMe,
            OpenedDaysAgo = 25,
            Pace = 6,
            Until = CaseStep.TakeAction,
            Title = "Mohamed wil doorgroeien naar meewerkend voorman",
            Objective = "Mohamed weet wat hij nodig heeft om voorman te worden en heeft een concreet plan; zijn talent blijft voor de afdeling behouden.",
            Facts =
            [
                Record("Jaargesprekken 2025 en 2026", "In beide jaargesprekken gaf Mohamed aan meer verantwoordelijkheid te willen. Beoordeling: goed; vaak gevraagd om nieuwe collega's in te werken."),
                Rule("Opleidingsbeleid", "Interne vacatures worden eerst intern opengesteld. Opleidingsbudget per medewerker per jaar; een leiderschapstraining vraagt akkoord van de afdelingsmanager."),
                Talk("P-1005", "Mohamed Amrani", "Mohamed wil over een jaar voorman zijn. Hij twijfelt of hij genoeg weet van planning en of collega's hem als voorman accepteren."),
                Opinion("Mohamed Amrani", "Voelt zich gemotiveerd maar ook onzeker; bang dat hij 'te jong' gevonden wordt."),
                Opinion("Kees Mulder (huidige voorman)", "Vindt Mohamed geschikt en wil hem graag wegwijs maken in de planning."),
            ],
            Options =
            [
                Option("Mohamed een half jaar laten meelopen met Kees bij de planning, twee ochtenden per week",
                    (Positive, "Leert in de praktijk"), (Neutral, "Kees heeft minder tijd"), (Neutral, "Geen effect op de output"), "Afgestemd met HR", SupportKinds.Practical | SupportKinds.Informational),
                Option("Inschrijven voor de interne training 'Eerste stap in leidinggeven'",
                    (Positive, "Bouwt zelfvertrouwen op"), (Neutral, "Geen effect"), (Neutral, "Vier dagen afwezig"), "Binnen het opleidingsbudget", SupportKinds.Informational),
                Option("Afwachten tot er een vacature komt",
                    (Negative, "Motivatie zakt weg"), (Neutral, "Geen effect"), (Neutral, "Geen effect"), "Geen bezwaar vanuit beleid"),
            ],
            Chosen = [0, 1],
            Rationale = "Meelopen en de training samen geven Mohamed zowel praktijk als zelfvertrouwen. Afwachten past niet bij 'maak maximaal gebruik van ieders talenten'.",
            Plan = WithHelp("Eva Bakker (HR-adviseur)", "Volgende maandag 9:00, gesprek met Mohamed en Kees", "Kantoor productie",
                "Met Mohamed besproken welke drie mogelijkheden ik heb afgewogen en waarom afwachten afviel. Hij was blij met de combinatie en wil de training nog dit kwartaal."),
            Items =
            [
                new("Inschrijving training regelen via HR", "Eva Bakker", 10, false),
                new("Meeloopschema met Kees maken", "Sanne de Vries", 7, false),
            ],
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2005"],
            Category = "other",
            Origin = ProblemOrigin.RanIntoIt,
            OpenedDaysAgo = 20,
            Pace = 7,
            Until = CaseStep.TakeAction,
            Title = "Phone use on the reach truck (Ilse)",
            Objective = "Nobody uses a phone while driving a reach truck, Ilse included, and the rule is clear to everyone.",
            Facts =
            [
                Record("Own observation", "Saw Ilse reading her phone while driving the reach truck in aisle 12, twice in one week."),
                Rule("Warehouse safety rules", "No phone use while operating any truck. Scanners are allowed only when the truck is stationary."),
                Talk("L-2005", "Ilse Vermeulen", "Ilse says she was checking the pick list in the app because the scanner was down; she did not realise the rule covers that."),
            ],
            MissingPartsReason = "Safety comes first: I decide now on the rule and ask the team's view in the next toolbox meeting.",
            Options =
            [
                Option("Explain the rule to Ilse again and fix the scanner problem that made her use the phone",
                    (Positive, "Takes her reason seriously"), (Neutral, "No effect"), (Positive, "Working scanners help everyone"), "Safety rules section 3", SupportKinds.Informational | SupportKinds.Practical),
                Option("A written warning",
                    (Negative, "Feels punished for a scanner fault"), (Neutral, "Signal to others"), (Neutral, "No effect"), "Allowed under the safety rules for a repeated offence"),
                Option("Toolbox meeting for the whole team on phones and trucks",
                    (Neutral, "Not singled out"), (Positive, "Everyone hears the same rule"), (Neutral, "15 minutes"), "Standard toolbox format", SupportKinds.Informational),
            ],
            Chosen = [0, 2],
            Rationale = "The scanner outage explains the behaviour; a warning would not fit a first conversation. Repeating the rule to everyone avoids singling Ilse out.",
        };

        // ---- Step 4: check results (some follow-ups overdue) ----------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1003"],
            Category = "performance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 60,
            Pace = 6,
            Until = CaseStep.CheckResults,
            Title = "Tempo Pieter na overstap naar lijn 2",
            Objective = "Pieter haalt op lijn 2 binnen twee maanden de normale snelheid en voelt zich er thuis.",
            Facts =
            [
                Record("Productieregistratie lijn 2", "Sinds de overstap acht weken geleden haalt Pieter 70 tot 80% van de norm; de lijn stopt gemiddeld twee keer per dienst bij zijn station."),
                Rule("Inwerkprotocol", "Bij een overstap naar een andere lijn: inwerkperiode van vier weken met een vaste collega."),
                Talk("P-1003", "Pieter de Boer", "Pieter had één week inwerken in plaats van vier. Hij kent de omsteltijden van lijn 2 niet goed en durft het niet steeds te vragen."),
                Opinion("Collega's lijn 2", "Vinden Pieter aardig maar ergeren zich aan de stops; zeggen het niet tegen hem."),
            ],
            Options =
            [
                Option("Alsnog drie weken inwerken met Lotte als vaste collega",
                    (Positive, "Krijgt wat het protocol belooft"), (Neutral, "Lotte iets minder productief"), (Positive, "Minder stops"), "Volgens inwerkprotocol", SupportKinds.Practical),
                Option("Terug naar lijn 1",
                    (Negative, "Voelt als falen"), (Neutral, "Gat op lijn 2"), (Negative, "Lijn 2 onderbezet"), "Mogelijk binnen functie"),
            ],
            Chosen = [0],
            Rationale = "Het probleem is het korte inwerken, niet Pieter. Terugplaatsen lost het tekort op lijn 2 niet op.",
            Plan = Myself("Maandag 7:00 bij de start van de dienst", "Lijn 2", "Met Pieter besproken dat het inwerken te kort was en dat dat niet aan hem ligt; uitgelegd waarom ik niet voor terugplaatsen koos."),
            Items = [new("Inwerkschema met Lotte maken", "Sanne de Vries", 2, true)],
            FirstCheckAfterDays = 14,
            Repeat = new Recurrence(2, RecurrenceUnit.Weeks, Count: 2),
            Checks = [Check("85% van de norm, één stop per dienst", "Vraagt nu zelf om hulp", "Goede klik met Lotte")],
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2004"],
            Category = "attendance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 50,
            Until = CaseStep.CheckResults,
            Title = "Te laat komen Bram",
            Objective = "Bram is op tijd bij de start van de vroege dienst, zodat de eerste vrachtwagen om 6:30 vertrekt.",
            Facts =
            [
                Record("Prikklok", "Bram was de laatste vier weken zes keer tussen 10 en 25 minuten te laat voor de dienst van 6:00."),
                Rule("Huisregels", "Wie te laat is, meldt dat vooraf aan de ploegleider. Vanaf drie keer in een maand volgt een gesprek."),
                Talk("L-2004", "Bram Hendriks", "Bram brengt sinds kort zijn dochter naar de opvang, die pas om 5:45 opengaat. Hij schaamde zich om dat te melden."),
                Opinion("Ploegleider vroege dienst", "Vindt dat Bram een harde werker is; het team moet wel telkens zijn eerste ronde opvangen."),
            ],
            Options =
            [
                Option("Bram tijdelijk laten starten om 6:30 en een half uur later laten stoppen",
                    (Positive, "Past bij zijn thuissituatie"), (Neutral, "Eerste ronde door collega"), (Neutral, "Geen verlies aan uren"), "Flexibele begintijd kan volgens de cao", SupportKinds.Practical | SupportKinds.Emotional),
                Option("Formele waarschuwing bij de volgende keer te laat",
                    (Negative, "Lost de opvang niet op"), (Neutral, "Duidelijk signaal"), (Neutral, "Geen effect"), "Volgens huisregels"),
            ],
            Chosen = [0],
            Rationale = "De oorzaak is praktisch en tijdelijk. Een aangepaste begintijd houdt Bram gemotiveerd en de eerste vrachtwagen vertrekt met de rest van het team.",
            Plan = Myself("Donderdag na de dienst", "Kantoor logistiek", "Aan Bram uitgelegd dat ik twee mogelijkheden heb afgewogen en waarom een waarschuwing hier niet helpt; afspraak voor drie maanden, daarna kijken we opnieuw."),
            Items = [new("Rooster aanpassen in de planning", "Tom Peeters", 3, true)],
            FirstCheckAfterDays = 7,
            Repeat = new Recurrence(1, RecurrenceUnit.Weeks, Count: 3),
            Checks =
            [
                Check("Elke dag om 6:30 aanwezig", "Opgelucht", "Collega's nemen de eerste ronde zonder morren over"),
                Check("Eén keer vijf minuten te laat, wel gemeld", "Houdt zich aan de afspraak", "Geen klachten van het team"),
            ],
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2002"],
            Category = "conduct",
            Origin = ProblemOrigin.BroughtToMe,
            OpenedDaysAgo = 45,
            Pace = 6,
            Until = CaseStep.CheckResults,
            Title = "Aggressive language towards an external driver (Dirk)",
            Objective = "Dirk treats external drivers respectfully; the carrier keeps working with us and no driver refuses to come to our dock.",
            Facts =
            [
                Record("Complaint from the carrier", "The carrier reported that Dirk swore at one of their drivers about a late arrival; a second complaint about the same driver contact came a week later."),
                Rule("Code of conduct", "We treat visitors and drivers respectfully. Complaints by business partners are handled by the department manager."),
                Talk("L-2002", "Dirk Willems", "Dirk admits he lost his temper; the driver had been late three times and blocked the dock. He did not know the complaint went to the carrier's management."),
                Opinion("Team at dock 2", "Colleagues say the late arrivals annoy everyone, but they feel Dirk went too far."),
                Opinion("My own feeling", "As the second complaint involves the carrier's management, this goes beyond what I can settle alone."),
            ],
            Options =
            [
                Option("Refer to Karin Janssen (manager) who handles business-partner complaints, with my facts",
                    (Neutral, "A serious signal, handled fairly"), (Neutral, "No effect"), (Positive, "Keeps the carrier relationship"), "Code of conduct: partner complaints go to the department manager"),
                Option("Handle it myself with a conversation and an apology to the driver",
                    (Positive, "Quick"), (Neutral, "No effect"), (Neutral, "The carrier may not be satisfied"), "Not in line with the complaint procedure"),
            ],
            Chosen = [0],
            Rationale = "The procedure says partner complaints go to the manager, and the carrier wants an answer from management. I stay involved and keep following Dirk up.",
            Plan = Referred("This week, together with Karin", "Karin's office", "Told Dirk that I passed the complaint to Karin because of the procedure, not to pass the buck; I stay his supervisor and will check how things go."),
            Items = [new("Send the facts to Karin", "Tom Peeters", 1, true), new("Ask the carrier about the late arrivals", "Karin Janssen", 7, true)],
            FirstCheckAfterDays = 14,
            Repeat = new Recurrence(4, RecurrenceUnit.Weeks, Count: 1),
        };

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1004"],
            Category = "change",
            Origin = ProblemOrigin.SawItComing,
            OpenedDaysAgo = 30,
            Until = CaseStep.CheckResults,
            Title = "Lotte and the new three-shift pattern",
            Objective = "Lotte understands why production moves to three shifts and has a schedule she can combine with her studies.",
            Facts =
            [
                Record("Schedule history", "Lotte has worked fixed early shifts for four years; from next month production runs three shifts."),
                Rule("Collective agreement", "Schedule changes are announced at least four weeks ahead; individual arrangements are possible for studies agreed with the employer."),
                Talk("P-1004", "Lotte Visser", "Lotte follows an evening course on Tuesday and Thursday that was agreed last year; the new pattern would put her on late shifts on those days."),
                Opinion("Lotte Visser", "Feels the change was decided over her head."),
            ],
            Options =
            [
                Option("Swap Lotte's late shifts on Tuesday and Thursday with a colleague who prefers lates",
                    (Positive, "Keeps her course"), (Neutral, "One colleague changes days"), (Neutral, "No effect"), "Individual arrangement allowed", SupportKinds.Practical),
                Option("Keep Lotte on early shifts only",
                    (Positive, "Simple for her"), (Negative, "Others see it as unfair"), (Neutral, "No effect"), "Needs a manager's approval"),
            ],
            Chosen = [0],
            Rationale = "A swap keeps her course and stays fair to the team; early shifts only would put the burden on others.",
            Plan = Myself("Before the new pattern starts", "Production office", "Explained to Lotte why we move to three shifts, what I weighed for her and the team, and asked Jan whether he would swap; he agreed."),
            Items = [new("Swap in the schedule", "Sanne de Vries", 5, true)],
            FirstCheckAfterDays = 21,
            Repeat = new Recurrence(2, RecurrenceUnit.Weeks, Count: 2),
        };

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1006"],
            Category = "mobility",
            Origin = ProblemOrigin.SawItComing,
            OpenedDaysAgo = 100,
            Pace = 7,
            Until = CaseStep.CheckResults,
            Title = "Kees: jobcrafting na 25 jaar aan de lijn",
            Objective = "Kees blijft met plezier en gezond aan het werk tot zijn pensioen, in werk dat bij zijn ervaring past.",
            Facts =
            [
                Record("Personeelsdossier", "Kees werkt 25 jaar bij het bedrijf, is voorman op lijn 3 en gaat over zes jaar met pensioen."),
                Rule("Mobiliteitsbeleid", "Interne mobiliteit en jobcrafting worden in het jaargesprek besproken; HR begeleidt een interne overstap."),
                Talk("P-1006", "Kees Mulder", "Kees geeft aan dat het ploegenwerk hem zwaar valt en dat hij graag nieuwe collega's opleidt. Hij wil niet weg uit productie."),
                Opinion("Kees Mulder", "Bang dat hij 'afgeschreven' wordt als hij minder lijnwerk doet."),
                Opinion("Eigen gevoel", "Kees' kennis is goud waard voor het inwerken; die wordt nu niet benut."),
            ],
            Options =
            [
                Option("Kees twee dagen per week inzetten als interne opleider voor nieuwe operators",
                    (Positive, "Werk dat bij hem past"), (Positive, "Beter ingewerkte collega's"), (Neutral, "Twee dagen minder op de lijn"), "Past in het mobiliteitsbeleid", SupportKinds.Appreciation | SupportKinds.Practical),
                Option("Overstap naar de dagdienst in het magazijn",
                    (Neutral, "Geen ploegen, maar weg uit productie"), (Negative, "Lijn 3 verliest een voorman"), (Negative, "Kennis gaat verloren"), "Mogelijk via HR"),
            ],
            Chosen = [0],
            Rationale = "Opleiden benut zijn ervaring en houdt hem in productie; het magazijn past niet bij wat hij zelf wil.",
            Plan = WithHelp("Eva Bakker (HR-adviseur)", "Na de zomerstop", "Kantoor productie",
                "Met Kees besproken welke twee mogelijkheden er waren en waarom ik voor opleider koos; benadrukt dat dit erkenning is van zijn vakmanschap."),
            Items = [new("Functieomschrijving aanpassen met HR", "Eva Bakker", 14, true), new("Eerste groep nieuwe operators indelen", "Kees Mulder", 21, true)],
            FirstCheckAfterDays = 28,
            Repeat = new Recurrence(4, RecurrenceUnit.Weeks, Count: 1),
            LongCheckAfterDays = 182,
            Checks =
            [
                Check("Twee nieuwe operators zelfstandig na drie weken", "Kees is trots en energiek", "Nieuwe collega's zoeken hem op"),
                Check("Lijn 3 draait stabiel met de vervanger", "Kees wil dit blijven doen", "Goede samenwerking met de nieuwe voorman"),
            ],
        };

        // ---- Closed, with each outcome --------------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1002"],
            Category = "attendance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 150,
            Title = "Te laat door gewijzigde busdienst (Fatima)",
            Objective = "Fatima begint weer op tijd aan de vroege dienst, zonder dat ze daar elke dag stress van heeft.",
            Facts =
            [
                Record("Prikklok", "Fatima was in drie weken acht keer 10 tot 15 minuten te laat, steeds in de vroege dienst."),
                Rule("Huisregels", "Te laat komen wordt vooraf gemeld; structureel te laat leidt tot een gesprek."),
                Talk("P-1002", "Fatima Yilmaz", "De busmaatschappij heeft de dienstregeling gewijzigd; de eerste bus komt nu om 6:05 aan."),
                Opinion("Collega's lijn 1", "Begrijpen het, maar vinden het vervelend dat de lijn steeds later start."),
            ],
            Options =
            [
                Option("Carpoolen met Jan, die in dezelfde wijk woont",
                    (Positive, "Op tijd zonder stress"), (Positive, "Collega's helpen elkaar"), (Positive, "Lijn start op tijd"), "Reiskostenregeling geldt ook voor carpoolen", SupportKinds.Practical),
                Option("Begintijd een kwartier later",
                    (Positive, "Past bij de bus"), (Negative, "Lijn start zonder haar"), (Negative, "Kwartier minder bezetting"), "Kan volgens de cao"),
            ],
            Chosen = [0],
            Rationale = "Carpoolen lost het op zonder de lijn te raken; Jan bood het zelf aan.",
            Plan = Myself("Maandag", "Productiekantoor", "Fatima uitgelegd dat ik beide opties heb afgewogen en waarom carpoolen voor haar en de lijn het beste werkt."),
            Items = [new("Carpoolafspraak vastleggen voor de reiskostenvergoeding", "Sanne de Vries", 7, true)],
            Repeat = new Recurrence(2, RecurrenceUnit.Weeks, Count: 2),
            Checks =
            [
                Check("Elke dienst op tijd", "Ontspannen", "Goede band met Jan"),
                Check("Op tijd", "Tevreden", "Geen klachten meer van de lijn"),
                Check("Op tijd, ook tijdens Jans vakantie (met de vroege bus van een collega)", "Zelfstandig opgelost", "Team helpt mee"),
            ],
            Outcome = new OutcomeInput(ObjectiveMet.Yes, true, "Lijn 1 start weer op tijd; Fatima ervaart geen stress meer.", "Eerst vragen waarom iemand te laat is, dan pas naar de regels kijken."),
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2003", "L-2005"],
            Category = "cooperation",
            Origin = ProblemOrigin.BroughtToMe,
            OpenedDaysAgo = 210,
            Pace = 7,
            Title = "Handover between Sofie and Ilse across shifts",
            Objective = "The handover between the early and late shift is complete every day, and Sofie and Ilse can work together again.",
            Facts =
            [
                Record("Handover log", "In six of the last fifteen handovers open orders were missing from the log; three orders shipped a day late."),
                Rule("Team agreement", "Written handover in the log plus five minutes face to face at 14:00."),
                Talk("L-2003", "Sofie Claes", "Sofie says Ilse often arrives at 14:05 and the five minutes never happen."),
                Talk("L-2005", "Ilse Vermeulen", "Ilse says Sofie writes the log in her own shorthand that nobody else understands."),
                Opinion("Both", "Both feel the other does not respect their work."),
            ],
            Options =
            [
                Option("A joint conversation to agree on one handover format, then a two-week trial",
                    (Positive, "Both are heard"), (Positive, "One format for everyone"), (Positive, "Fewer late shipments"), "Within team agreements", SupportKinds.Informational),
                Option("Separate the two by changing Ilse's shift",
                    (Neutral, "Avoids the problem"), (Negative, "Others must change shifts"), (Neutral, "No effect"), "Possible under the collective agreement"),
            ],
            Chosen = [0],
            Rationale = "Both have a point; one format and a fixed handover moment fix the cause. Moving Ilse only moves the problem.",
            Plan = Myself("Wednesday 13:45, at the overlap of the shifts", "Meeting room logistics", "Explained to both what I had heard from each of them, the two options and why I chose a joint agreement."),
            Items = [new("Handover template in the log", "Sofie Claes", 5, true), new("Handover at 14:00 sharp in the schedule", "Tom Peeters", 3, true)],
            Repeat = new Recurrence(4, RecurrenceUnit.Weeks, Count: 1),
            Checks =
            [
                Check("No late shipments in two weeks", "Both positive about the template", "They talk again at the handover"),
                Check("Handover complete every day", "Relaxed", "Ilse helped Sofie during a peak day"),
            ],
            Outcome = new OutcomeInput(ObjectiveMet.Yes, true, "Complete handovers; no orders shipped late; Sofie and Ilse cooperate.", "Hear both sides separately before bringing them together."),
        };

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1001"],
            Category = "wellbeing",
            Origin = ProblemOrigin.SawItComing,
            OpenedDaysAgo = 120,
            Pace = 6,
            Title = "Jan's overtime during the peak season",
            Objective = "Jan's workload is manageable again after the peak, without the line losing output.",
            Facts =
            [
                Record("Time records", "Jan worked 9 to 12 hours of overtime a week for seven weeks during the peak season."),
                Rule("Working time rules", "More than 4 hours of overtime a week is discussed with the supervisor; a maximum of 60 hours a week."),
                Talk("P-1001", "Jan Smit", "Jan says he cannot say no when the planner asks, and he needs the money, but he is tired at the end of the week."),
                Opinion("Planner", "Jan is the only one who always says yes, so she asks him first."),
            ],
            Options =
            [
                Option("Spread overtime over the whole team with a weekly rota",
                    (Positive, "Less pressure"), (Neutral, "Others do more overtime"), (Neutral, "Same capacity"), "Within working time rules", SupportKinds.Practical),
                Option("Hire a temporary worker for the rest of the peak",
                    (Positive, "Less overtime"), (Positive, "Less overtime for all"), (Neutral, "Training time"), "Peak budget available"),
            ],
            Chosen = [0],
            Rationale = "A rota is fair to the whole team and can start now; a temporary worker would arrive too late for this peak.",
            Plan = Myself("Next Monday, team meeting", "Canteen", "Explained to Jan first, then to the team, why we spread overtime and what I weighed."),
            Items = [new("Overtime rota with the planner", "Sanne de Vries", 4, true)],
            FirstCheckAfterDays = 21,
            Repeat = new Recurrence(3, RecurrenceUnit.Weeks, Count: 1),
            Checks =
            [
                Check("Overtime down to 5 hours a week", "Less tired, still a little worried about income", "Some grumbling in the team about the rota"),
                Check("Overtime 4 to 6 hours", "Better", "Rota accepted, two colleagues still avoid it"),
            ],
            Outcome = new OutcomeInput(ObjectiveMet.Partly, true, "Jan's overtime halved; output kept.", "Tell the planner about agreements straight away; the rota needs a check by me every week."),
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2001"],
            Category = "performance",
            Origin = ProblemOrigin.CameUp,
            OpenedDaysAgo = 95,
            Title = "Fouten bij orderpicking Anouk",
            Objective = "Anouk pickt weer foutloos (onder 0,5% fouten), en klanten krijgen de juiste bestelling.",
            Facts =
            [
                Record("Klachtenregistratie", "Twaalf klantklachten over verkeerde artikelen in vier weken; acht orders gepickt door Anouk."),
                Rule("Werkinstructie orderpicking", "Scan elk artikel; bij een afwijking de teamleider roepen. Norm: minder dan 0,5% fouten."),
                Talk("L-2001", "Anouk Jacobs", "Anouk scant bij drukte soms de locatie in plaats van het artikel, omdat de scanner traag is."),
                Opinion("Teamleider", "Anouk is snel en wil graag de snelste zijn; dat gaat soms ten koste van de controle."),
            ],
            Options =
            [
                Option("Instructie opnieuw doornemen en tempo-doel loslaten voor twee weken",
                    (Positive, "Geen druk"), (Neutral, "Geen effect"), (Neutral, "Iets lager tempo"), "Volgens de werkinstructie", SupportKinds.Informational),
                Option("Nieuwe scanner voor Anouk's zone",
                    (Positive, "Neemt de reden weg"), (Positive, "Helpt de hele zone"), (Positive, "Sneller en minder fouten"), "Binnen het onderhoudsbudget", SupportKinds.Practical),
            ],
            Chosen = [0, 1],
            Rationale = "Beide samen: de trage scanner is een oorzaak, het tempo-denken de andere.",
            Plan = Myself("Dinsdag bij de start", "Zone B", "Anouk uitgelegd wat ik zag, welke twee dingen ik heb afgewogen en dat het geen straf is."),
            Items = [new("Scanner vervangen", "Tom Peeters", 7, true)],
            Repeat = new Recurrence(2, RecurrenceUnit.Weeks, Count: 1),
            Checks =
            [
                Check("Fouten 1,2%", "Neemt het serieus", "Vraagt collega's om mee te kijken"),
                Check("Fouten 0,8%, nog boven de norm", "Ietwat gefrustreerd over het tempo", "Goed"),
            ],
            Outcome = new OutcomeInput(ObjectiveMet.Partly, true, "Fouten flink omlaag, nog niet onder de norm.", "Bij snelle medewerkers ook erkenning geven voor nauwkeurigheid, niet alleen voor snelheid."),
        };

        yield return new Story
        {
            Owner = tom,
            About = ["L-2002"],
            Category = "conduct",
            Origin = ProblemOrigin.RanIntoIt,
            OpenedDaysAgo = 80,
            Title = "Herhaald negeren van de looproutes (Dirk)",
            Objective = "Dirk gebruikt de gemarkeerde looproutes in het magazijn, zodat er geen gevaarlijke situaties met heftrucks ontstaan.",
            Facts =
            [
                Record("Veiligheidsmeldingen", "Drie bijna-ongelukken in twee maanden waarbij Dirk buiten de looproute liep."),
                Rule("Veiligheidsregels magazijn", "Voetgangers gebruiken altijd de gemarkeerde looproutes."),
                Talk("L-2002", "Dirk Willems", "Dirk vindt de looproute een omweg van twee minuten en zegt dat hij goed oplet."),
                Opinion("Heftruckchauffeurs", "Chauffeurs schrikken elke keer en vinden dat er iets moet gebeuren."),
            ],
            Options =
            [
                Option("Gesprek over de risico's en een extra oversteekplaats bij gang 14",
                    (Positive, "Omweg korter"), (Positive, "Veiliger voor iedereen"), (Neutral, "Kleine investering"), "Afgestemd met de preventieadviseur", SupportKinds.Informational | SupportKinds.Practical),
                Option("Schriftelijke waarschuwing",
                    (Negative, "Voelt als straf"), (Neutral, "Duidelijk signaal"), (Neutral, "Geen effect"), "Volgens het sanctiebeleid"),
            ],
            Chosen = [0],
            Rationale = "De omweg is een echte oorzaak; eerst die wegnemen en de risico's uitleggen.",
            Plan = Myself("Vrijdag", "Magazijn, gang 14", "Dirk uitgelegd wat ik heb afgewogen en waarom ik eerst de oversteekplaats regel."),
            Items = [new("Oversteekplaats markeren", "Technische dienst", 10, true)],
            Repeat = new Recurrence(2, RecurrenceUnit.Weeks, Count: 1),
            Checks =
            [
                Check("Nog twee keer buiten de route gezien", "Onverschillig", "Chauffeurs blijven geïrriteerd"),
                Check("Geen verbetering", "Dirk vindt het overdreven", "Spanning met de chauffeurs"),
            ],
            Outcome = new OutcomeInput(ObjectiveMet.No, false, null, "Bij veiligheid sneller de lijn trekken; de oversteekplaats was goed, maar niet genoeg."),
            CloseAnywayReason = "Dirk stapt per volgende maand over naar de buitendienst (chauffeur); de looproutes gelden daar niet. Het incident is bij de overdracht gemeld.",
        };

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1006"],
            Category = "other",
            Origin = ProblemOrigin.RanIntoIt,
            OpenedDaysAgo = 240,
            Title = "Unclear break agreements on line 3",
            Objective = "Everyone on line 3 knows when to take their break, and the line never stops for lack of staff during breaks.",
            Facts =
            [
                Record("Line stops", "Line 3 stopped five times in a month because too many operators were on a break at once."),
                Rule("Break rules", "Breaks are staggered; the foreman makes the break schedule."),
                Talk("P-1006", "Kees Mulder", "Kees says the schedule exists but new operators do not know it."),
                Opinion("Operators line 3", "New operators feel nobody told them."),
            ],
            Options =
            [
                Option("Break schedule on the board and in the induction checklist",
                    (Positive, "Clear"), (Positive, "Everyone knows"), (Positive, "No stops"), "Break rules", SupportKinds.Informational),
                Option("Fixed breaks for the whole line",
                    (Neutral, "Less freedom"), (Negative, "Less flexible"), (Negative, "Line stops during breaks"), "Allowed, not preferred"),
            ],
            Chosen = [0],
            Rationale = "Tell people in advance: the schedule works, it was just not known.",
            Plan = WithHelp("Kees Mulder (foreman)", "Monday start of shift", "Line 3", "Explained to Kees and the team why the schedule goes on the board and what I weighed."),
            Items = [new("Add the schedule to the induction checklist", "Kees Mulder", 5, true)],
            Checks = [Check("No line stops in two weeks", "Operators like the clarity", "Kees feels backed up")],
            Outcome = new OutcomeInput(ObjectiveMet.Yes, true, "No more line stops during breaks.", "Check that new colleagues hear the unwritten rules."),
        };

        // ---- Looped back to step 1 (loop 2) ---------------------------------------------------

        yield return new Story
        {
            Owner = sanne,
            About = ["P-1003", "P-1005"],
            Category = "cooperation",
            Origin = ProblemOrigin.BroughtToMe,
            OpenedDaysAgo = 45,
            Pace = 4,
            Title = "Spanning tussen Pieter en Mohamed bij de ploegwissel",
            Objective = "Pieter en Mohamed dragen de lijn netjes aan elkaar over en spreken elkaar weer normaal aan.",
            Facts =
            [
                Record("Overdrachtslogboek", "Vier keer in twee weken een onvolledige overdracht tussen de late dienst (Pieter) en de nachtdienst (Mohamed)."),
                Rule("Ploegwisselafspraak", "Overdracht van tien minuten bij de lijn, met het logboek."),
                Talk("P-1003", "Pieter de Boer", "Pieter vindt dat Mohamed hem als voorman behandelt en opdrachten geeft."),
                Talk("P-1005", "Mohamed Amrani", "Mohamed zegt dat Pieter de lijn vuil achterlaat en dat hij dat moet opruimen."),
                Opinion("Collega's nachtdienst", "Merken de spanning en voelen zich er ongemakkelijk bij."),
            ],
            Options =
            [
                Option("Samen een overdrachtschecklist maken, met mij erbij",
                    (Positive, "Beiden inbreng"), (Positive, "Duidelijkheid"), (Positive, "Betere overdracht"), "Binnen de ploegwisselafspraak", SupportKinds.Informational),
                Option("Overdracht laten lopen via de voorman",
                    (Neutral, "Vermijdt contact"), (Neutral, "Extra werk voor Kees"), (Neutral, "Geen effect"), "Mogelijk"),
            ],
            Chosen = [0],
            Rationale = "De checklist pakt de inhoud aan; via de voorman laten lopen lost de relatie niet op.",
            Plan = Myself("Woensdag 22:00 bij de ploegwissel", "Lijn 2", "Beiden apart uitgelegd wat ik van de ander hoorde, welke opties ik zag en waarom ik de checklist koos."),
            Items = [new("Checklist ophangen bij lijn 2", "Sanne de Vries", 2, true)],
            FirstCheckAfterDays = 10,
            Repeat = new Recurrence(1, RecurrenceUnit.Weeks, Count: 1),
            Checks =
            [
                Check("Overdracht volledig", "Beleefd maar koel", "Praten alleen over het werk"),
                Check("Weer twee onvolledige overdrachten", "Pieter geïrriteerd", "Woordenwisseling bij de lijn"),
            ],
            NewLoop = new DemoLoop(
                new OutcomeInput(ObjectiveMet.No, false, null, "De checklist regelt de inhoud, niet de verhouding. Ik moet eerst begrijpen waar de irritatie vandaan komt."),
                [
                    Talk("P-1003", "Pieter de Boer", "Tweede gesprek: Pieter vertelt dat hij zelf voorman had willen worden en dat het hem dwarszit dat Mohamed nu wordt opgeleid."),
                    Opinion("Kees Mulder (voorman)", "Kees denkt dat het om erkenning gaat; Pieter werkt hier al veel langer."),
                ]),
        };
    }
}
