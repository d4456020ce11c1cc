using JrCasework.Web.Features.Cases.Steps;
using static JrCasework.Web.Tests.Cases.EarlyShiftCase;

namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// A fact that looks medical is warned about while it is typed, in the user's language and so that a screen reader
/// hears it; the warning never keeps the fact from being saved.
/// </summary>
public sealed class MedicalWarningTests : CasePartTest
{
    [Fact]
    public void TypingAMedicalFact_WarnsInEnglish_NamingTheWord_AndTheWarningGoesWhenTheWordDoes()
    {
        var cut = RenderStep(InStep1());
        Assert.Equal("", Sentence(cut));

        cut.Find("#fact-text").Input("Jan says his hernia-operatie is next week");

        cut.WaitForAssertion(() => Assert.Contains("This looks like medical information.", Sentence(cut), StringComparison.Ordinal));
        Assert.Contains("not the diagnosis, symptoms or cause", Sentence(cut), StringComparison.Ordinal);
        Assert.Equal("Looks medical: “hernia-operatie”", cut.Find("#fact-text-medical-words").TextContent);

        cut.Find("#fact-text").Input("Jan says he will be absent next week");

        cut.WaitForAssertion(() => Assert.Equal("", Sentence(cut)));
        Assert.Empty(cut.FindAll("#fact-text-medical-words"));
    }

    [Fact]
    public void TypingAMedicalFact_InDutch_WarnsInDutch()
    {
        UseCulture("nl-NL");
        var cut = RenderStep(InStep1());

        cut.Find("#fact-text").Input("Volgens Jan heeft hij een Burn-out en gebruikt hij medicijnen");

        cut.WaitForAssertion(() => Assert.Contains("Dit lijkt op medische informatie.", Sentence(cut), StringComparison.Ordinal));
        Assert.Contains("noteer je niet", Sentence(cut), StringComparison.Ordinal);
        Assert.Equal("Lijkt medisch: “Burn-out”, “medicijnen”", cut.Find("#fact-text-medical-words").TextContent);
    }

    [Fact]
    public void AbsenceWithoutItsCause_DoesNotWarn()
    {
        var cut = RenderStep(InStep1());

        cut.Find("#fact-text").Input("Jan was 3 dagen ziek gemeld en is maandag weer begonnen.");

        Assert.Equal("", Sentence(cut));
        Assert.Empty(cut.FindAll("#fact-text-medical-words"));
    }

    [Fact]
    public void WithTheWarningShowing_TheFactIsStillAdded_AndTheEmptiedFormNoLongerWarns()
    {
        var @case = InStep1();
        var cut = RenderStep(@case);

        cut.FillInARecord("Absence records", "Absent for a week after knee surgery");
        cut.WaitForAssertion(() => Assert.NotEqual("", Sentence(cut)));
        cut.Find("#add-fact").Click();

        Assert.Equal("Absent for a week after knee surgery", Assert.Single(@case.Facts).Text);
        cut.WaitForAssertion(() => Assert.Equal("", Sentence(cut)));
        Assert.Empty(cut.FindAll("#step-error"));
    }

    [Fact]
    public void TheWarning_IsAPoliteLiveRegionThatIsAlwaysThere_AndDescribesTheField()
    {
        var cut = RenderStep(InStep1());

        var status = cut.Find("#fact-text-medical-status");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));

        var describedBy = cut.Find("#fact-text").GetAttribute("aria-describedby")!.Split(' ');
        Assert.Contains("fact-text-medical", describedBy);
        Assert.Contains("fact-text-helper-text", describedBy);
        Assert.All(describedBy, id => Assert.Single(cut.FindAll($"[id='{id}']")));

        cut.Find("#fact-text").Input("Depressed since the spring");
        cut.WaitForAssertion(() => Assert.Contains("Depressed", cut.Find("#fact-text-medical").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void CorrectingAFact_WarnsToo_AndTheCorrectionIsSaved()
    {
        var @case = InStep1();
        @case.AddFact(FactKind.Record, "Absence records", Day, "Absent six days", Owner);
        var cut = RenderStep(@case);

        cut.Find("#edit-fact-1").Click();
        cut.Find("#edit-fact-text").Input("Absent six days with migraine");

        cut.WaitForAssertion(() => Assert.Contains("This looks like medical information.", cut.Find("#edit-fact-text-medical-status").TextContent, StringComparison.Ordinal));
        Assert.Equal("", Sentence(cut));
        cut.Find("#save-fact").Click();

        // The save runs in the form's own event handler; wait for it rather than read the case at once.
        cut.WaitForAssertion(() => Assert.Equal("Absent six days with migraine", @case.Facts[0].Text));
    }

    [Fact]
    public void OtherCaseTexts_DoNotWarnUnlessTheyAsk()
    {
        var cut = RenderStep(InStep1());

        cut.Find("#override-reason").Input("Jan has a burn-out");

        Assert.Empty(cut.FindAll("#override-reason-medical"));
        Assert.Null(cut.Find("#override-reason").GetAttribute("aria-describedby")?.Split(' ').FirstOrDefault(id => id.EndsWith("-medical", StringComparison.Ordinal)));
    }

    /// <summary>What the live region of the fact form's warning says, trimmed; empty while nothing looks medical.</summary>
    private static string Sentence(IRenderedComponent<FactsStep> cut) => cut.Find("#fact-text-medical-status").TextContent.Trim();

    private IRenderedComponent<FactsStep> RenderStep(JrCase @case) => RenderPart<FactsStep>(@case, Owner, Today);
}
