using JrCasework.Web.Features.Cases.Steps;

namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// A refusal, then the save that follows its advice: the page renders the saved case and keeps working.
/// Hosted as the case page hosts a step (<see cref="CasePageHost"/>), whose render order once read a refusal that was gone.
/// </summary>
public sealed class RefusalThenSaveTests : CaseStepTest
{
    [Fact]
    public void DecidingWithOneAction_ThenAddingTheSecond_SavesIt_AndThePageStillReacts()
    {
        var c = InStep2WithOneAction();
        var cut = RenderOnPage<WeighStep>(c);

        cut.Decide(1, "It removes the cause");
        cut.WaitForAssertion(() => Assert.Contains("consider at least two possible actions", cut.Find("#step-error").TextContent, StringComparison.Ordinal));

        AddWeighedAction(cut, "Formal warning");
        cut.WaitForAssertion(() => Assert.Equal(2, c.PossibleActions.Count));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#step-error")));

        cut.Find("#decide").Click();
        cut.WaitForAssertion(() => Assert.Equal(CaseStep.TakeAction, c.Step));
    }

    [Fact]
    public void AnEmptyCheck_ThenTheSameCheckFilledIn_IsSaved_AndThePageStillReacts()
    {
        var c = InStep4();
        var cut = RenderOnPage<CheckStep>(c);

        cut.Find("#check-1").Click();
        cut.Find("#save-check").Click();
        cut.WaitForAssertion(() => Assert.Contains("Write what you saw", cut.Find("#step-error").TextContent, StringComparison.Ordinal));

        cut.Find("#check-output").Input("No late arrivals");
        cut.Find("#save-check").Click();
        cut.WaitForAssertion(() => Assert.Equal(FollowUpStatus.Done, c.FollowUps[0].Status));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#step-error")));

        cut.Find("#preset-1w").Click();
        cut.Find("#schedule").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, c.FollowUps.Count));
    }

    [Fact]
    public void ASaveRefusedForAConflict_OffersTheReloadAtTheForm_AndTheReloadKeepsWhatWasTyped()
    {
        var c = InStep2WithOneAction();
        var elsewhere = InStep2WithOneAction();
        elsewhere.AddFact(FactKind.RulesAndCustoms, "Staff handbook", Today, "The early shift starts at 06:00", Now);
        IRenderedComponent<CasePageHost>? host = null;
        CaseEditor? session = null;
        session = new CaseEditor
        {
            Case = c,
            CanChange = true,
            Categories = [],
            Managers = [],
            Today = Today,
            Language = "en",
            Save = (_, _) =>
            {
                // As the case page does when the version it loaded is no longer the saved one.
                session!.HasConflict = true;
                return Task.FromResult<string?>("Someone else changed this case");
            },
            ReloadAsync = () =>
            {
                session!.Case = elsewhere;
                session.HasConflict = false;
                var page = host!;
                return page.InvokeAsync(() => page.Render());
            },
        };
        host = Render<CasePageHost>(p => p.Add(h => h.Session, session).AddChildContent<FactsStep>());

        host.Find("#fact-kind-Record").Click();
        host.Find("#fact-source").Input("Time registration");
        host.Find("#fact-text").Input("Late again on Monday");
        host.Find("#add-fact").Click();

        var alert = host.Find(".jr-fact-form #step-error");
        Assert.Contains("Someone else changed this case", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("nothing was overwritten", alert.TextContent, StringComparison.Ordinal);
        host.Find(".jr-fact-form #conflict-reload").Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll("#step-error")));
        Assert.Contains("The early shift starts at 06:00", host.Find("#facts-list").TextContent, StringComparison.Ordinal);
        Assert.Equal("Late again on Monday", host.Find("#fact-text").TextContent);
        Assert.Equal("Time registration", host.Find("#fact-source").GetAttribute("value"));
    }

    private static JrCase InStep2WithOneAction()
    {
        var c = JrCase.Open(2026, 7, "Late for the early shift", 1, ProblemOrigin.CameUp, "On time for every shift, calm team",
            [(11, "Jan Smit")], Supervisor, 1, Now);
        c.StartGettingFacts(Now);
        c.AddFact(FactKind.Record, "Time registration", Today, "Late six times in four weeks", Now);
        c.StartWeighing(Now, "The others are on leave");
        c.AddPossibleAction(new PossibleActionInput("Start later", new Weighing(Effect.Positive), new Weighing(Effect.Neutral),
            new Weighing(Effect.Positive), PolicyChecked: true), Now);
        return c;
    }

    private static void AddWeighedAction<T>(IRenderedComponent<T> cut, string description)
        where T : IComponent
    {
        cut.Find("#action-description").Input(description);
        cut.Find("#effect-individual-Negative").Click();
        cut.Find("#effect-group-Neutral").Click();
        cut.Find("#effect-production-Neutral").Click();
        cut.Find("#policy-checked").Change(true);
        cut.Find("#add-action").Click();
    }

    private IRenderedComponent<CasePageHost> RenderOnPage<TStep>(JrCase c)
        where TStep : IComponent =>
        Render<CasePageHost>(p => p
            .Add(h => h.Session, CasePageHost.EditorFor(c, Now, Today, CaseText, roundTrip: true))
            .AddChildContent<TStep>());
}
