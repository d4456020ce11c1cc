using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Reviews;

namespace JrCasework.Web.Tests.Reviews;

/// <summary>The review section of a closed case: HR's form versus the supervisor's read-only view.</summary>
public sealed class CaseReviewPanelTests : ComponentTest
{
    private static readonly DateTime ReviewedAt = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly CaseReviewView Saved = new(
        new ReviewAssessment(Assessment.Yes, Assessment.Partly, Assessment.Yes, Assessment.No, Assessment.Yes),
        "Only for HR: facts were thin", "Agree the next check with the planner", IsGoodExample: true, "Eva Bakker", ReviewedAt, ReviewedAt, Guid.NewGuid());

    private readonly List<ReviewInput> _saved = [];

    public CaseReviewPanelTests()
    {
        Services.AddSingleton(TimeProvider.System);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void ForHr_TheFormAsksForEachPartOfTheCard_AndSaysWhoSeesWhat()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, CaseIsClosed: true, Review: null));

        Assert.Equal(
            ["Determine the objective", "1 Get the facts", "2 Weigh and decide", "3 Take action", "4 Check results"],
            cut.FindAll(".jr-review-part-name").Select(p => p.TextContent));
        Assert.Equal(15, cut.FindAll("#review-form input[type='radio']").Count);
        Assert.Empty(cut.FindAll("#review-form input[type='radio']:checked"));
        Assert.Equal("Not reviewed yet.", cut.Find("#review-by").TextContent);
        Assert.Contains("Only HR sees these.", cut.Find("#review-form").TextContent, StringComparison.Ordinal);
        Assert.Contains("The supervisor sees this on their case.", cut.Find("#review-form").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("#review-good-example"));
        Assert.NotNull(cut.Find("#review-save"));
        Assert.Empty(cut.FindAll("#review-summary"));
    }

    [Fact]
    public void ForHr_ASavedReview_FillsTheForm()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, true, Saved));

        Assert.True(cut.Find("#review-Objective-Yes").HasAttribute("checked"));
        Assert.True(cut.Find("#review-Facts-Partly").HasAttribute("checked"));
        Assert.True(cut.Find("#review-TakeAction-No").HasAttribute("checked"));
        Assert.Equal("Only for HR: facts were thin", cut.Find("#review-remarks").GetAttribute("value") ?? cut.Find("#review-remarks").TextContent);
        Assert.Equal("Agree the next check with the planner", cut.Find("#review-advice").GetAttribute("value") ?? cut.Find("#review-advice").TextContent);
        Assert.Equal("Reviewed by Eva Bakker on 20 Nov 2026", cut.Find("#review-by").TextContent);
    }

    [Fact]
    public void ForHr_SavingWithAPartUnanswered_IsRefused_AndNothingIsSent()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, true, null));
        foreach (var part in new[] { "Objective", "Facts", "WeighAndDecide", "TakeAction" })
        {
            cut.Find($"#review-{part}-Yes").Click();
        }

        cut.Find("#review-save").Click();

        Assert.Equal("Answer yes, partly or no for each part of the method.", cut.Find("#review-error").TextContent);
        Assert.Empty(_saved);
    }

    [Fact]
    public void ForHr_SavingSendsTheAssessmentTheTextsAndTheGoodExample()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, true, null));
        cut.Find("#review-Objective-Yes").Click();
        cut.Find("#review-Facts-Partly").Click();
        cut.Find("#review-WeighAndDecide-Yes").Click();
        cut.Find("#review-TakeAction-No").Click();
        cut.Find("#review-CheckResults-Yes").Click();
        cut.Find("#review-advice").Input("Agree the next check with the planner");
        cut.Find("#review-remarks").Input("Facts were thin");
        cut.Find("#review-good-example").Change(true);

        cut.Find("#review-save").Click();

        var input = Assert.Single(_saved);
        Assert.Equal(Saved.Assessment, input.Assessment);
        Assert.Equal(("Facts were thin", "Agree the next check with the planner", true), (input.Remarks, input.Advice, input.IsGoodExample));
        Assert.StartsWith("Review saved", cut.Find("#review-saved").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#review-error"));
    }

    [Fact]
    public void ForHr_ARefusalIsShown()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, true, Saved), refusal: "Only a closed case can be reviewed.");

        cut.Find("#review-save").Click();

        Assert.Equal("Only a closed case can be reviewed.", cut.Find("#review-error").TextContent);
        Assert.Empty(cut.FindAll("#review-saved"));
    }

    [Fact]
    public void ForHr_AConflictOffersToLoadTheSavedReview()
    {
        var reloads = 0;
        var cut = Render<CaseReviewSection>(p => p
            .Add(s => s.State, new ReviewPanelState(ReviewAudience.Hr, true, Saved))
            .Add(s => s.Conflict, true)
            .Add(s => s.OnReload, EventCallback.Factory.Create(this, () => reloads++)));

        Assert.Contains("Someone else saved this review in the meantime.", cut.Find("#review-conflict").TextContent, StringComparison.Ordinal);
        cut.Find("#review-reload").Click();
        Assert.Equal(1, reloads);
    }

    [Fact]
    public void ForHr_ACaseThatIsNotClosed_ShowsNoForm()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, CaseIsClosed: false, null));

        Assert.Equal("Only a closed case can be reviewed.", cut.Find("#review-not-closed").TextContent);
        Assert.Empty(cut.FindAll("#review-save"));
    }

    [Fact]
    public void ForTheSupervisor_TheReviewIsReadOnly_WithTheAdvice_ButNeverTheRemarks()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Supervisor, true, Saved with { Remarks = null }));

        Assert.Empty(cut.FindAll("#review-form"));
        Assert.Empty(cut.FindAll("input, textarea, button"));
        Assert.Contains("Agree the next check with the planner", cut.Find("#review-advice").TextContent, StringComparison.Ordinal);
        Assert.Equal("Reviewed by Eva Bakker on 20 Nov 2026", cut.Find("#review-by").TextContent);
        Assert.Equal(
            ["Yes", "Partly", "Yes", "No", "Yes"],
            cut.FindAll("#review-assessment dd").Select(d => d.TextContent));
        Assert.Equal("1 Get the facts", cut.Find("#review-assessment [data-part='Facts'] dt").TextContent);
        Assert.NotNull(cut.Find("#review-good-example-badge"));
        Assert.DoesNotContain("facts were thin", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ForTheSupervisor_WithoutAReview_NothingIsShown()
    {
        var cut = Render(new ReviewPanelState(ReviewAudience.Supervisor, true, null));

        Assert.Empty(cut.FindAll("#case-review"));
    }

    [Fact]
    public void InDutch_TheFormSpeaksDutch()
    {
        UseCulture("nl-NL");

        var cut = Render(new ReviewPanelState(ReviewAudience.Hr, true, null));

        Assert.Equal("HR-beoordeling", cut.Find("#review-title").TextContent);
        Assert.Equal("1 Verzamel de feiten", cut.FindAll(".jr-review-part-name")[1].TextContent);
        Assert.Contains("Alleen HR ziet deze.", cut.Find("#review-form").TextContent, StringComparison.Ordinal);
        Assert.Equal("Gedeeltelijk", cut.Find("label:has(#review-Facts-Partly)").TextContent.Trim());
    }

    private IRenderedComponent<CaseReviewSection> Render(ReviewPanelState state, string? refusal = null) =>
        Render<CaseReviewSection>(p => p
            .Add(s => s.State, state)
            .Add(s => s.SaveAsync, input =>
            {
                _saved.Add(input);
                return Task.FromResult(refusal);
            }));
}
