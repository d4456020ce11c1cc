using JrCasework.Web.Features.Cases.Drafts;
using JrCasework.Web.Features.Cases.Opening;
using MudBlazor;

namespace JrCasework.Web.Tests.Cases;

public sealed class NewCaseFormTests : ComponentTest
{
    private static readonly TeamMember Jan = new(7, "Jan Smit", "P-1001");
    private static readonly TeamMember Eva = new(8, "Eva Bos", "P-1002");
    private readonly List<NewCase> _submitted = [];

    public NewCaseFormTests()
    {
        Services.AddScoped<DraftStore>();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void SubmittingAnEmptyForm_SaysNextToEachFieldWhatIsMissing_AndOpensNothing()
    {
        var cut = RenderForm();

        cut.Find("#new-case-form").Submit();

        Assert.Equal("Choose at least one employee.", cut.Find("#employee-error").TextContent);
        Assert.Equal("Choose how it reached you.", cut.Find("#origin-error").TextContent);
        Assert.Contains("Give the case a title.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Choose a category.", cut.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("#new-case-errors"));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void InDutch_TheMessagesAreDutch()
    {
        UseCulture("nl-NL");
        var cut = RenderForm();

        cut.Find("#new-case-form").Submit();

        Assert.Equal("Kies minstens één medewerker.", cut.Find("#employee-error").TextContent);
        Assert.Contains("Geef de casus een titel.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Kies een categorie.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilledForm_IsSentOnce_WithTheChosenEmployeesAndTheObjective()
    {
        var cut = RenderForm();

        await Set(cut.FindComponents<MudCheckBox<bool>>()[1], true);
        await Set(cut.FindComponent<MudSelect<int?>>(), 3);
        await Set(cut.FindComponent<MudRadioGroup<ProblemOrigin?>>(), ProblemOrigin.SawItComing);
        cut.Find("#case-title").Input("  Late for the early shift ");
        cut.Find("#case-objective").Input("On time, no resentment");
        cut.Find("#new-case-form").Submit();

        var sent = Assert.Single(_submitted);
        Assert.Equal("Late for the early shift", sent.Title);
        Assert.Equal(3, sent.CategoryId);
        Assert.Equal(ProblemOrigin.SawItComing, sent.Origin);
        Assert.Equal("On time, no resentment", sent.Objective);
        Assert.Equal([Jan.Id], sent.EmployeeIds);
        Assert.Empty(cut.FindAll("#employee-error"));
        Assert.Empty(cut.FindAll("#new-case-errors"));
    }

    [Fact]
    public void AFieldFilledInAfterTheMessages_LosesItsMessage()
    {
        var cut = RenderForm();
        cut.Find("#new-case-form").Submit();

        cut.Find("#case-title").Input("Late for the early shift");
        cut.Find("#case-title").Blur();

        Assert.DoesNotContain("Give the case a title.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".mud-input-control:has(#case-title) .mud-input-error"));
        Assert.Contains("Choose a category.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheTeamIsOffered_WithTheEmployeeNumberInTheId()
    {
        var cut = RenderForm();

        Assert.NotEmpty(cut.FindAll("#employee-P-1001"));
        Assert.NotEmpty(cut.FindAll("#employee-P-1002"));
        Assert.Equal(2, cut.FindComponents<MudCheckBox<bool>>().Count);
    }

    private IRenderedComponent<NewCaseForm> RenderForm() =>
        Render<NewCaseForm>(p => p
            .Add(f => f.Employees, [Eva, Jan])
            .Add(f => f.Categories, [new CategoryOption(3, "Attendance", "Verzuim", true)])
            .Add(f => f.Submit, request =>
            {
                _submitted.Add(request);
                return Task.FromResult<string?>(null);
            }));

    private static Task Set<T>(IRenderedComponent<MudCheckBox<T>> input, T value) =>
        input.InvokeAsync(() => input.Instance.ValueChanged.InvokeAsync(value));

    private static Task Set<T>(IRenderedComponent<MudRadioGroup<T>> input, T value) =>
        input.InvokeAsync(() => input.Instance.ValueChanged.InvokeAsync(value));

    private static Task Set<T>(IRenderedComponent<MudSelect<T>> input, T value) =>
        input.InvokeAsync(() => input.Instance.ValueChanged.InvokeAsync(value));
}
