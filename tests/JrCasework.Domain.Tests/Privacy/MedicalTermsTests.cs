using JrCasework.Domain.Privacy;

namespace JrCasework.Domain.Tests.Privacy;

/// <summary>
/// A fact that looks medical is warned about while it is typed: the words of a diagnosis, a symptom or a treatment in
/// any inflection or compound, in Dutch and English, but not the words of absence or of ordinary work.
/// </summary>
public sealed class MedicalTermsTests
{
    [Theory]
    [InlineData("depressief")]
    [InlineData("depressie")]
    [InlineData("depressies")]
    [InlineData("Burn-out")]
    [InlineData("burnout")]
    [InlineData("burn out")]
    [InlineData("overspannenheid")]
    [InlineData("rugklachten")]
    [InlineData("hernia-operatie")]
    [InlineData("migraineaanval")]
    [InlineData("antidepressivum")]
    [InlineData("medicijnen")]
    [InlineData("psychologen")]
    [InlineData("gediagnosticeerd")]
    [InlineData("depressed")]
    [InlineData("diagnosed")]
    [InlineData("medications")]
    [InlineData("chemotherapy")]
    [InlineData("surgeries")]
    public void LooksMedical_AnInflection_IsFound(string word)
    {
        Assert.True(MedicalTerms.Shipped.LooksMedical($"Volgens Jan: {word}."), word);
    }

    [Theory]
    [InlineData("longontsteking")]
    [InlineData("knieoperatie")]
    [InlineData("ziekenhuisopname")]
    [InlineData("longkanker")]
    [InlineData("kankerpatiënt")]
    [InlineData("rughernia")]
    [InlineData("chemokuur")]
    [InlineData("fysiotherapeut")]
    [InlineData("angststoornis")]
    [InlineData("winterdepressie")]
    public void LooksMedical_ACompoundWithTheTermInsideOrAtTheEnd_IsFound(string word)
    {
        Assert.True(MedicalTerms.Shipped.LooksMedical($"Hij noemde een {word} als reden."), word);
    }

    [Theory]
    [InlineData("DIAGNOSE")]
    [InlineData("Diagnóse")]
    [InlineData("kankerpatient")]
    [InlineData("Knie-operatie")]
    [InlineData("burn\u2011out")]
    [InlineData("ziekenhuis\u00ADopname")]
    [InlineData("Ziekenhuis-opname")]
    public void LooksMedical_CaseAccentsAndHyphens_DoNotCount(string word)
    {
        Assert.True(MedicalTerms.Shipped.LooksMedical(word), word);
    }

    /// <summary>Facts a supervisor writes every day: absence, lateness, conflict, the work itself.</summary>
    [Theory]
    [InlineData("Jan was 3 dagen ziek gemeld en is maandag weer begonnen.")]
    [InlineData("Ziekmelding op maandag om 07:45, volgens het verzuimreglement voor 08:00. Ziekteverzuim dit jaar: 9 dagen.")]
    [InlineData("Vijf keer te laat in vier weken; de bus rijdt sinds januari een kwartier later.")]
    [InlineData("Conflict met Eva over de planning: hij kankerde luid op de roosteraar en bleef kankeren.")]
    [InlineData("De operationeel manager en de operator van lijn 3 waren bij het gesprek.")]
    [InlineData("Ons bedrijf is een coöperatie; de ledenraad besliste over het rooster.")]
    [InlineData("De heftruck stond met de ontsteking aan op het laadperron.")]
    [InlineData("Het team praat over psychologische veiligheid en voelt veel werkdruk en stress.")]
    [InlineData("Een verbale aanval op zijn collega; zij vond het een misselijkmakende opmerking.")]
    [InlineData("Dit is al jaren een hoofdpijndossier; een nieuw rooster is symptoombestrijding.")]
    [InlineData("Hij is doorverwezen naar de bedrijfsarts; verwachte terugkeer over twee weken.")]
    [InlineData("Late for the early shift six times in four weeks; the bus timetable changed.")]
    [InlineData("Reported sick on Monday and Tuesday, back at work on Wednesday. Sick leave: 2 days.")]
    [InlineData("The operations manager and the operator of line 3 joined the conversation.")]
    [InlineData("Disorderly conduct in the canteen on Friday; two colleagues feel the roster is unfair.")]
    [InlineData("The news of the reorganisation was depressing for the team.")]
    [InlineData("She is fluent in Dutch and has influence in the team; we met in MS Teams at 10:00.")]
    [InlineData("The psychosocial workload survey showed a chemical smell near the hospital kitchen.")]
    public void LooksMedical_OrdinaryWorkplaceFacts_DoNotWarn(string fact)
    {
        Assert.Empty(MedicalTerms.Shipped.Find(fact));
    }

    /// <summary>Naming someone's therapist records that they are being treated: it warns like "therapy" does.</summary>
    [Theory]
    [InlineData("Hij heeft vrijdag een afspraak met zijn therapeut.")]
    [InlineData("She says her therapist advised shorter shifts.")]
    public void LooksMedical_ATherapist_Warns(string fact)
    {
        Assert.True(MedicalTerms.Shipped.LooksMedical(fact));
    }

    [Theory]
    [InlineData("kankeren", false)]
    [InlineData("gekankerd", false)]
    [InlineData("longkanker", true)]
    [InlineData("coöperatie", false)]
    [InlineData("knieoperatie", true)]
    [InlineData("ontsteking", false)]
    [InlineData("ontstekingsslot", false)]
    [InlineData("blaasontsteking", true)]
    [InlineData("disorderly", false)]
    [InlineData("eating disorder", true)]
    public void LooksMedical_AnException_IgnoresOnlyTheMatchesInsideIt(string text, bool medical)
    {
        Assert.Equal(medical, MedicalTerms.Shipped.LooksMedical(text));
    }

    [Fact]
    public void Find_GivesTheWordsAsTyped_EachOnce_InTheOrderTheyAppear()
    {
        var found = MedicalTerms.Shipped.Find("Na zijn Hernia-operatie (hernia-operatie in mei) zegt de psycholoog: geen burn out.");

        Assert.Equal(["Hernia-operatie", "psycholoog", "burn out"], found);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Find_NoText_FindsNothing(string? text)
    {
        Assert.Empty(MedicalTerms.Shipped.Find(text));
        Assert.False(MedicalTerms.Shipped.LooksMedical(text));
    }

    [Fact]
    public void Find_APhrase_NeedsItsWordsInOneSentence()
    {
        Assert.Equal(["heart attacks"], MedicalTerms.Shipped.Find("He fears heart attacks."));
        Assert.Empty(MedicalTerms.Shipped.Find("We could not burn. Out of stock again."));
    }

    [Fact]
    public void Parse_EachMarker_ReachesAsFarAsTheFormatSays()
    {
        var terms = MedicalTerms.Parse("""
            # A comment, then an empty line.

            hernia           # the start of a word
            *ontsteking      # anywhere in a word
            !=ontsteking     # but not the word alone
            =flu             # the whole word only
            heart attack     # words in a row
            """);

        Assert.Equal(4, terms.Count);
        Assert.True(terms.LooksMedical("herniaoperatie"));
        Assert.False(terms.LooksMedical("rughernia"));
        Assert.True(terms.LooksMedical("Longontstekingen"));
        Assert.False(terms.LooksMedical("ontsteking"));
        Assert.True(terms.LooksMedical("FLU"));
        Assert.False(terms.LooksMedical("fluent"));
        Assert.True(terms.LooksMedical("a heart  attack"));
        Assert.False(terms.LooksMedical("heart"));
    }

    [Theory]
    [InlineData("*two words")]
    [InlineData("!two words")]
    [InlineData("e.g.")]
    [InlineData("*")]
    public void Parse_ALineThatIsNoTerm_IsRefused_WithItsLineNumber(string line)
    {
        var refusal = Assert.Throws<FormatException>(() => MedicalTerms.Parse($"hernia\n{line}"));

        Assert.Contains("Line 2", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedLists_BothLoad_EachInItsOwnLanguage_AndTheAppReadsThemTogether()
    {
        Assert.True(MedicalTerms.Dutch.Count > 50);
        Assert.True(MedicalTerms.English.Count > 50);
        Assert.Equal(MedicalTerms.Dutch.Count + MedicalTerms.English.Count, MedicalTerms.Shipped.Count);

        Assert.True(MedicalTerms.Dutch.LooksMedical("rugklachten"));
        Assert.False(MedicalTerms.English.LooksMedical("rugklachten"));
        Assert.True(MedicalTerms.English.LooksMedical("medications"));
        Assert.False(MedicalTerms.Dutch.LooksMedical("medications"));
        Assert.True(MedicalTerms.Shipped.LooksMedical("Hij gebruikt medication voor zijn rugklachten."));
    }
}
