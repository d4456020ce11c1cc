using JrCasework.Domain.Foundations;
using JrCasework.Web.Features.Foundations;

namespace JrCasework.Web.Tests.Foundations;

/// <summary>The manager's view of given figures: per supervisor and foundation the share up to date and the counts; the empty state.</summary>
public sealed class SupervisorFoundationsViewTests : ComponentTest
{
    [Fact]
    public void EachSupervisor_HasAGroupOfFourFoundations_WithTheShareUpToDateAndTheCounts()
    {
        var cut = Render<SupervisorFoundationsView>(p => p.Add(v => v.Supervisors, Figures()));

        var anna = cut.Find("#foundations-table tbody[data-supervisor='Anna Aarts']");
        Assert.Equal(4, anna.QuerySelectorAll("tr[data-foundation]").Length);
        Assert.Equal("6", Cell(anna, "team"));
        var credit = anna.QuerySelector("tr[data-foundation='Credit']")!;
        Assert.Equal(
            ["67%", "3", "1", "1", "1"],
            new[] { "percent", "current", "due-soon", "overdue", "never" }.Select(c => credit.QuerySelector($"td[data-column='{c}']")!.TextContent.Trim()));
        Assert.Equal("–", Cell(cut.Find("#foundations-table tbody[data-supervisor='Bert Bos'] tr[data-foundation='Credit']"), "percent"));
        Assert.NotEmpty(cut.FindAll("#foundations-chart svg"));
    }

    [Fact]
    public void WithoutSupervisors_TheViewSaysSo()
    {
        var cut = Render<SupervisorFoundationsView>(p => p.Add(v => v.Supervisors, []));

        Assert.Contains("No supervisors in your units", cut.Find("#foundations-none").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#foundations-table"));
    }

    private static string Cell(AngleSharp.Dom.IElement scope, string column) =>
        scope.QuerySelector($"td[data-column='{column}']")!.TextContent.Trim();

    private static List<SupervisorFoundations> Figures() =>
    [
        new("anna", "Anna Aarts", "Production", 6,
        [
            new(Foundation.HowTheyAreGettingAlong, 4, 1, 1, 0),
            new(Foundation.Credit, 3, 1, 1, 1),
            new(Foundation.ChangeInAdvance, 6, 0, 0, 0),
            new(Foundation.BestUseOfAbility, 1, 0, 0, 5),
        ]),
        new("bert", "Bert Bos", "Logistics", 0, [.. Enum.GetValues<Foundation>().Select(f => new FoundationCurrency(f, 0, 0, 0, 0))]),
    ];
}
