using System.Globalization;
using System.Text.RegularExpressions;

namespace JrCasework.Web.Tests;

/// <summary>Holds every resource text to docs/glossary.md: one term per concept and one voice per language.</summary>
public sealed class GlossaryTests
{
    /// <summary>Variants docs/glossary.md bans in English, each with the term to use instead.</summary>
    private static readonly Dictionary<string, string> BannedInEnglish = new(StringComparer.OrdinalIgnoreCase)
    {
        ["loop"] = "round",
        ["loops"] = "rounds",
        ["how it came up"] = "how it reached you / how it reached the supervisor",
        ["how problems came up"] = "how it reached the supervisor",
        ["how the problem came up"] = "how it reached the supervisor",
        ["how it began"] = "how it reached the supervisor",
        ["way out"] = "possible action",
        ["ways out"] = "possible actions",
        ["goal"] = "objective",
        ["goals"] = "objectives",
        ["HR adviser"] = "HR business partner",
        ["HR advisor"] = "HR business partner",
        ["dossier"] = "case",
        ["email"] = "e-mail",
        ["organization"] = "organisation",
        ["organizations"] = "organisations",
        ["organize"] = "organise",
        ["recognize"] = "recognise",
        ["color"] = "colour",
        ["behavior"] = "behaviour",
        ["canceled"] = "cancelled",
        ["center"] = "centre",
        ["dates of my choice"] = "choose dates",
    };

    /// <summary>Variants docs/glossary.md bans in Dutch, each with the term to use instead.</summary>
    private static readonly Dictionary<string, string> BannedInDutch = new(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "je",
        ["uw"] = "je / jouw",
        ["eenheid"] = "afdeling",
        ["eenheden"] = "afdelingen",
        ["subeenheid"] = "afdeling eronder",
        ["subeenheden"] = "afdelingen eronder",
        ["deels"] = "gedeeltelijk",
        ["over tijd"] = "te laat",
        ["achterstallig"] = "te laat",
        ["achterstallige"] = "te late",
        ["opvolging"] = "controlemoment",
        ["opvolgingen"] = "controlemomenten",
        ["opvolgingsdashboard"] = "opvolgdashboard",
        ["volgende controle"] = "volgend controlemoment",
        ["kenmerk"] = "referentie",
        ["casusnummer"] = "referentie",
        ["casusnummers"] = "referenties",
        ["dossier"] = "casus",
        ["doelstelling"] = "doel",
        ["oplossing"] = "mogelijke actie",
        ["oplossingen"] = "mogelijke acties",
        ["beslissing"] = "besluit",
        ["gesloten"] = "afgesloten",
        ["het individu"] = "de medewerker (the card's \"Behandel mensen als individu\" stays)",
        ["productie"] = "werk",
        ["vastlegging"] = "registratie",
        ["lus"] = "ronde",
        ["gewoontes"] = "gewoonten",
        ["bewerken"] = "wijzigen",
        ["aandiende"] = "bij je terechtkwam / bij de leidinggevende terechtkwam",
        ["naar boven kwamen"] = "bij de leidinggevende terechtkwam",
        ["hoe het begon"] = "hoe het bij de leidinggevende terechtkwam",
        ["hoe het bij je kwam"] = "hoe het bij je terechtkwam",
        ["supervisor"] = "leidinggevende",
        ["supervisors"] = "leidinggevenden",
        ["laatste 12 maanden"] = "afgelopen 12 maanden",
        ["zelf gekozen datums"] = "zelf kiezen",
    };

    public static TheoryData<string> Languages => ["en", "nl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void NoResourceText_UsesAVariantTheGlossaryBans(string language)
    {
        var banned = language == "nl" ? BannedInDutch : BannedInEnglish;
        var texts = AllTexts(ResourceTexts.CultureOf(language));

        var violations = (
            from text in texts
            from variant in banned.Keys
            where WholeWords(variant).IsMatch(text.Value)
            select $"{text.File} {text.Key}: \"{variant}\" (use \"{banned[variant]}\") in \"{text.Value}\"").ToList();

        Assert.True(violations.Count == 0, $"{violations.Count} texts break the glossary:\n{string.Join('\n', violations)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ADueReminder_SaysTheFollowUpIsDue_NotMerelyThatItIsScheduled(string language)
    {
        var texts = AllTexts(ResourceTexts.CultureOf(language)).ToDictionary(text => $"{text.File[..text.File.IndexOf('.', StringComparison.Ordinal)]}:{text.Key}", text => text.Value);
        var scheduled = texts["CaseResource:FollowUpStatus.Scheduled"];

        Assert.NotEqual(scheduled, texts["NotificationResource:Kind.Due"], StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotMatch(WholeWords(scheduled), texts["NotificationResource:Mail.Subject.Due"]);
    }

    [Fact]
    public void TheCheck_ReadsEveryResourceFile_InBothLanguages()
    {
        var english = AllTexts(ResourceTexts.English);
        var dutch = AllTexts(ResourceTexts.Dutch);

        Assert.True(ResourceTexts.Classes.Length >= 9, "Fewer resource files than expected were found: one per feature and the shared texts.");
        Assert.Equal(ResourceTexts.Classes.Length, english.Select(t => t.File).Distinct().Count());
        Assert.Equal(ResourceTexts.Classes.Length, dutch.Select(t => t.File).Distinct().Count());
        Assert.True(english.Count > 500 && dutch.Count == english.Count, $"Read {english.Count} English and {dutch.Count} Dutch texts.");
    }

    [Theory]
    [InlineData("Kunt u dit nog eens bekijken?", "u")]
    [InlineData("Uw account is geblokkeerd.", "uw")]
    [InlineData("De eenheid is verwijderd.", "eenheid")]
    [InlineData("Drie loops.", "loops")]
    [InlineData("Hoe het zich aandiende", "aandiende")]
    public void TheMatcher_FindsAVariant_AsAWholeWord_InAnyCase(string text, string variant) =>
        Assert.Matches(WholeWords(variant), text);

    [Theory]
    [InlineData("Bekijk uitvoer en uren.", "u")]
    [InlineData("Voordeelsituatie", "deels")]
    [InlineData("supervisor_email", "email")]
    [InlineData("Afgesloten op 6 december", "gesloten")]
    public void TheMatcher_IgnoresAVariant_InsideAnotherWord(string text, string variant) =>
        Assert.DoesNotMatch(WholeWords(variant), text);

    /// <summary>A variant as whole words: "u" must not match "uur", nor "email" the column name "supervisor_email".</summary>
    private static Regex WholeWords(string variant) =>
        new($@"(?<![\p{{L}}\p{{N}}_]){Regex.Escape(variant).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<(string File, string Key, string Value)> AllTexts(CultureInfo culture) =>
        [.. ResourceTexts.Classes.SelectMany(resourceClass => Texts(resourceClass, culture))];

    /// <summary>The texts of one resource class in <paramref name="culture"/>, each with the name of the file it is in.</summary>
    private static IEnumerable<(string File, string Key, string Value)> Texts(string resourceClass, CultureInfo culture)
    {
        var file = resourceClass[(resourceClass.LastIndexOf('.') + 1)..] + (culture.Name.Length > 0 ? $".{culture.Name}" : "") + ".resx";
        return ResourceTexts.Of(resourceClass, culture).Select(text => (file, text.Key, text.Value));
    }
}
