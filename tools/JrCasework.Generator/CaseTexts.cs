using JrCasework.Domain.Cases;

namespace JrCasework.Generator;

/// <summary>The texts of one category in one language; <c>{0}</c> is the employee's first name.</summary>
internal sealed record CategoryText(string Title, string Objective, string RecordSource, string Record, string Rule);

/// <summary>
/// Short, plausible case texts in Dutch and English. No medical details anywhere: absence is a
/// fact, its cause is not recorded (AVG).
/// </summary>
internal sealed class CaseTexts
{
    public required bool Dutch { get; init; }

    /// <summary>Indexed by category id - 1 (attendance, performance, conduct, cooperation, change, wellbeing, mobility, other).</summary>
    public required CategoryText[] Categories { get; init; }

    public required string RuleSource { get; init; }

    public required string[] Conversations { get; init; }

    public required string[] Opinions { get; init; }

    public required string[] OpinionSources { get; init; }

    public required (string Text, SupportKinds Support)[] Options { get; init; }

    public required string[] WeighingNotes { get; init; }

    public required string[] PolicyNotes { get; init; }

    public required string[] Rationales { get; init; }

    public required string[] Explanations { get; init; }

    public required string[] Places { get; init; }

    public required string[] Helpers { get; init; }

    public required string[] ActionItems { get; init; }

    public required string[] GoodOutput { get; init; }

    public required string[] MixedOutput { get; init; }

    public required string[] PoorOutput { get; init; }

    public required string[] Attitudes { get; init; }

    public required string[] Relationships { get; init; }

    public required string[] Lessons { get; init; }

    public required string[] CloseAnyway { get; init; }

    public required string[] Overrides { get; init; }

    public required string[] Cancellations { get; init; }

    public required string[] Reschedules { get; init; }

    public required string[] NewLoopFacts { get; init; }

    public required string Me { get; init; }

    public string When(DateTime at) => Dutch ? $"{at:dd-MM-yyyy} om {at:HH:mm}" : $"{at:yyyy-MM-dd} at {at:HH:mm}";

    public static readonly CaseTexts Nl = new()
    {
        Dutch = true,
        Categories =
        [
            new("Frequent kort verzuim {0}", "{0} is weer regelmatig en voorspelbaar aanwezig; het team kan op de planning rekenen.", "Verzuimregistratie", "{0} meldde zich de afgelopen drie maanden vier keer kort afwezig, steeds op maandag. Geen medische details vastgelegd.", "Verzuimreglement: ziekmelding voor 8:00 bij de leidinggevende; bij frequent verzuim volgt een gesprek."),
            new("Kwaliteit en tempo {0} onder de norm", "{0} haalt binnen twee maanden weer de afgesproken norm, zonder extra druk op collega's.", "Productieregistratie", "De output van {0} lag de laatste zes weken gemiddeld 15% onder de norm; afkeur steeg van 1% naar 4%.", "Functieomschrijving en werkinstructie: norm per uur, kwaliteitscontrole aan het eind van elke batch."),
            new("Botsing in de werkplaats met {0}", "De omgang in het team is weer respectvol; {0} weet wat er van hem of haar verwacht wordt.", "Incidentmelding", "Op de vloer verhief {0} de stem tegen een collega bij de overdracht; twee collega's waren getuige.", "Gedragscode: we spreken elkaar respectvol aan; conflicten bespreken we met de leidinggevende."),
            new("Samenwerking bij de overdracht loopt vast ({0})", "De overdracht tussen de ploegen verloopt weer soepel en collega's werken weer samen.", "Overdrachtslogboek", "In vier van de tien overdrachten ontbrak informatie; {0} noemde dit twee keer in het teamoverleg.", "Afspraak in het team: overdracht schriftelijk in het logboek en vijf minuten mondeling."),
            new("{0} en de nieuwe roosterplanning", "{0} begrijpt waarom het rooster verandert en kan er zijn werk en thuissituatie op inrichten.", "Roosterhistorie", "{0} werkte vijf jaar vaste vroege diensten; vanaf volgende maand wisselend rooster.", "Cao: roosterwijzigingen minstens vier weken vooraf bekend maken en bespreken."),
            new("Werkdruk {0}", "De werkdruk van {0} is weer hanteerbaar en het werk blijft gedaan.", "Urenregistratie", "{0} maakte de laatste acht weken gemiddeld zes overuren per week; pauzes werden regelmatig overgeslagen.", "Arbobeleid: werkdruk bespreekbaar maken; overuren boven vier per week bespreken met de leidinggevende."),
            new("Ontwikkelwens {0}", "{0} heeft een helder beeld van de volgende stap en de talenten worden beter benut.", "Jaargesprekken", "In de laatste twee jaargesprekken gaf {0} aan meer verantwoordelijkheid te willen; er is nog niets mee gedaan.", "Opleidingsbeleid: budget per medewerker per jaar; interne vacatures eerst intern."),
            new("Afspraken over privételefoon {0}", "Duidelijke afspraken die {0} en het team begrijpen en naleven.", "Eigen waarneming", "{0} gebruikte de afgelopen weken meerdere keren de privételefoon aan de lijn.", "Huisregel: privételefoons in het kluisje tijdens werktijd, behalve in de pauze."),
        ],
        RuleSource = "Reglement en afspraken",
        Conversations =
        [
            "Gesprek met {0}: herkent het beeld en vertelt over de situatie thuis en op het werk; wil het zelf ook oplossen.",
            "Gesprek met {0}: is verrast dat dit opvalt, zegt dat de afspraken niet duidelijk waren.",
            "Gesprek met {0}: vindt dat de werkverdeling oneerlijk is en voelt zich niet gehoord.",
        ],
        Opinions =
        [
            "Collega's vinden dat het de sfeer raakt; niemand wil er iets van zeggen.",
            "Mijn eigen gevoel: ik heb dit te lang laten lopen.",
            "{0} voelt zich onder druk gezet en wil eerlijk behandeld worden.",
        ],
        OpinionSources = ["Collega's uit het team", "Eigen gevoel", "{0}"],
        Options =
        [
            ("Een gesprek met heldere afspraken en een termijn van zes weken", SupportKinds.Informational),
            ("Tijdelijk aangepaste taken of uren", SupportKinds.Practical),
            ("Een collega als maatje voor de komende maand", SupportKinds.Practical | SupportKinds.Emotional),
            ("Doorverwijzen naar HR voor een formeel traject", SupportKinds.None),
            ("Een korte training of werkinstructie opnieuw doornemen", SupportKinds.Informational),
            ("Teamoverleg over de afspraken, met erkenning voor wat goed gaat", SupportKinds.Appreciation),
            ("Voorlopig niets doen en over een maand opnieuw kijken", SupportKinds.None),
        ],
        WeighingNotes = ["Duidelijkheid helpt", "Kost tijd van collega's", "Risico op weerstand", "Geen effect op de planning", "Rust in het team"],
        PolicyNotes = ["Past binnen het verzuimreglement", "Overlegd met HR", "Past binnen de cao", "Volgens de gedragscode"],
        Rationales =
        [
            "Deze aanpak past het best bij het doel: duidelijk voor {0}, eerlijk naar het team en haalbaar voor de planning.",
            "Eerst ondersteunen, met een duidelijke termijn; een formeel traject is nu te zwaar.",
            "De combinatie geeft {0} ruimte en houdt de productie op peil.",
        ],
        Explanations =
        [
            "Besluit met {0} besproken en uitgelegd welke mogelijkheden ik heb afgewogen en waarom ik hiervoor koos.",
            "In het gesprek de feiten, de afweging en het besluit toegelicht; {0} kon reageren en stemde in met de afspraken.",
            "Uitgelegd wat ik wil bereiken en hoe ik tot dit besluit kwam; afspraken per e-mail bevestigd.",
        ],
        Places = ["Kantoor leidinggevende", "Vergaderruimte 2", "Kantine, rustig moment", "Teams-gesprek"],
        Helpers = ["HR-adviseur", "Bedrijfsmaatschappelijk werk", "Opleidingscoördinator", "Collega-teamleider"],
        ActionItems = ["Afspraken schriftelijk vastleggen", "Rooster aanpassen", "Werkinstructie samen doornemen", "Maatje inplannen", "Terugkoppeling aan het team geven"],
        GoodOutput = ["Output weer op de norm", "Geen nieuwe meldingen", "Afkeur terug naar 1%"],
        MixedOutput = ["Output iets beter, nog niet op de norm", "Een nieuwe melding, daarna stabiel"],
        PoorOutput = ["Geen verbetering in de cijfers", "Output verder gedaald"],
        Attitudes = ["Meer betrokken en neemt zelf initiatief", "Wat terughoudend, maar houdt zich aan de afspraken", "Voelt zich gehoord", "Nog steeds gefrustreerd"],
        Relationships = ["Samenwerking met collega's verbeterd", "Collega's merken weinig verschil", "Sfeer in het team rustiger", "Spanning met één collega blijft"],
        Lessons = ["Eerder het gesprek aangaan", "Alle betrokkenen horen voordat ik besluit", "Afspraken direct op papier zetten", "Erkenning geven werkt beter dan ik dacht"],
        CloseAnyway = ["Medewerker is naar een andere afdeling overgeplaatst", "Contract van de medewerker is afgelopen", "Overgedragen aan HR; een formeel traject loopt buiten dit dossier"],
        Overrides = ["Gesprek met de medewerker nog niet mogelijk door afwezigheid; wel nodig om verder te kunnen", "Collega's willen hun mening niet kwijt; ik ga verder met wat ik heb"],
        Cancellations = ["Medewerker met verlof", "Niet meer nodig na het tussentijdse gesprek"],
        Reschedules = ["Medewerker met verlof", "Piekdrukte in de productie"],
        NewLoopFacts = ["Na de eerste ronde: de afspraken werden maar deels nagekomen.", "Nieuwe informatie van een collega over de situatie."],
        Me = "Ik",
    };

    public static readonly CaseTexts En = new()
    {
        Dutch = false,
        Categories =
        [
            new("Frequent short absences {0}", "{0} is present regularly and predictably again; the team can rely on the schedule.", "Attendance record", "{0} reported absent for a short time four times in the last three months, each time on a Monday. No medical details recorded.", "Absence policy: report absence to the supervisor before 8:00; frequent absence leads to a conversation."),
            new("{0}'s quality and pace below standard", "{0} meets the agreed standard again within two months, without extra pressure on colleagues.", "Production record", "{0}'s output was on average 15% below standard over the last six weeks; rejects rose from 1% to 4%.", "Job description and work instruction: standard per hour, quality check at the end of every batch."),
            new("Clash on the shop floor with {0}", "People in the team treat each other with respect again; {0} knows what is expected.", "Incident report", "During the handover {0} raised their voice at a colleague; two colleagues witnessed it.", "Code of conduct: we address each other respectfully; conflicts are discussed with the supervisor."),
            new("Handover between shifts keeps failing ({0})", "The handover between shifts runs smoothly again and colleagues work together again.", "Handover log", "In four of the last ten handovers information was missing; {0} raised this twice in the team meeting.", "Team agreement: written handover in the log plus five minutes face to face."),
            new("{0} and the new shift pattern", "{0} understands why the schedule changes and can arrange work and home life around it.", "Schedule history", "{0} has worked fixed early shifts for five years; rotating shifts start next month.", "Collective agreement: schedule changes are announced and discussed at least four weeks ahead."),
            new("Workload {0}", "{0}'s workload is manageable again and the work still gets done.", "Time records", "{0} worked six hours of overtime a week on average over the last eight weeks and regularly skipped breaks.", "Health and safety policy: discuss workload; more than four hours overtime a week is discussed with the supervisor."),
            new("Development wish {0}", "{0} has a clear picture of the next step and their talents are used better.", "Annual reviews", "In the last two annual reviews {0} asked for more responsibility; nothing has been done with it yet.", "Training policy: budget per employee per year; internal vacancies are offered internally first."),
            new("Agreements on private phone use {0}", "Clear agreements that {0} and the team understand and keep.", "Own observation", "{0} used a private phone on the line several times in recent weeks.", "House rule: private phones stay in the locker during working hours, except during breaks."),
        ],
        RuleSource = "Rules and agreements",
        Conversations =
        [
            "Talked with {0}: recognises the picture and explained the situation at work and at home; wants to solve it too.",
            "Talked with {0}: surprised this was noticed, says the agreements were not clear.",
            "Talked with {0}: feels the division of work is unfair and does not feel heard.",
        ],
        Opinions =
        [
            "Colleagues feel it affects the atmosphere; nobody wants to say anything about it.",
            "My own feeling: I let this go on for too long.",
            "{0} feels under pressure and wants to be treated fairly.",
        ],
        OpinionSources = ["Colleagues in the team", "My own feeling", "{0}"],
        Options =
        [
            ("A conversation with clear agreements and a six-week term", SupportKinds.Informational),
            ("Temporarily adjusted tasks or hours", SupportKinds.Practical),
            ("A colleague as a buddy for the coming month", SupportKinds.Practical | SupportKinds.Emotional),
            ("Refer to HR for a formal process", SupportKinds.None),
            ("A short training or going through the work instruction again", SupportKinds.Informational),
            ("Team meeting about the agreements, with credit for what goes well", SupportKinds.Appreciation),
            ("Do nothing for now and look again in a month", SupportKinds.None),
        ],
        WeighingNotes = ["Clarity helps", "Costs colleagues' time", "Risk of resistance", "No effect on the schedule", "Calm in the team"],
        PolicyNotes = ["Within the absence policy", "Checked with HR", "Within the collective agreement", "In line with the code of conduct"],
        Rationales =
        [
            "This fits the objective best: clear for {0}, fair to the team and workable for the schedule.",
            "Support first, with a clear term; a formal process is too heavy for now.",
            "The combination gives {0} room and keeps production on track.",
        ],
        Explanations =
        [
            "Discussed the decision with {0} and explained which options I weighed and why I chose this one.",
            "Went through the facts, the weighing and the decision; {0} could respond and agreed to the arrangements.",
            "Explained what I want to achieve and how I reached this decision; confirmed the agreements by e-mail.",
        ],
        Places = ["Supervisor's office", "Meeting room 2", "Canteen, quiet moment", "Teams call"],
        Helpers = ["HR business partner", "Company social worker", "Training coordinator", "Fellow team leader"],
        ActionItems = ["Put the agreements in writing", "Adjust the schedule", "Go through the work instruction together", "Arrange a buddy", "Give feedback to the team"],
        GoodOutput = ["Output back to standard", "No new reports", "Rejects back to 1%"],
        MixedOutput = ["Output somewhat better, not yet at standard", "One new report, stable since"],
        PoorOutput = ["No improvement in the figures", "Output fell further"],
        Attitudes = ["More engaged, takes initiative", "A little reserved, but keeps to the agreements", "Feels heard", "Still frustrated"],
        Relationships = ["Cooperation with colleagues improved", "Colleagues notice little difference", "Calmer atmosphere in the team", "Tension with one colleague remains"],
        Lessons = ["Start the conversation earlier", "Hear everyone involved before deciding", "Put agreements in writing straight away", "Giving credit works better than I thought"],
        CloseAnyway = ["Employee transferred to another department", "The employee's contract has ended", "Handed over to HR; a formal process runs outside this case"],
        Overrides = ["Conversation with the employee not possible yet because of absence; I need to move on", "Colleagues do not want to share their view; I go on with what I have"],
        Cancellations = ["Employee on leave", "No longer needed after the interim conversation"],
        Reschedules = ["Employee on leave", "Peak in production"],
        NewLoopFacts = ["After the first round: the agreements were only partly kept.", "New information from a colleague about the situation."],
        Me = "Me",
    };
}
