namespace JrCasework.Web.Tests.Cases;

public sealed class HistoryTests : CaseStepTest
{
    private static readonly Dictionary<string, string> Names = new() { [Supervisor] = "Sanne de Vries" };

    [Fact]
    public void EveryEntry_IsOneListItem_NewestFirst_WithWhoAndWhat()
    {
        var c = InStep4();

        var cut = RenderIn<CaseHistory>(c, p => p.Add(h => h.UserNames, Names));

        var items = cut.FindAll("#history > li");
        Assert.Equal(c.History.Count, items.Count);
        Assert.Contains("Follow-up scheduled", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Case opened", items[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains("by Sanne de Vries", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(Today.AddDays(7).ToString("d MMM yyyy"), items[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACompletedActionItem_IsNamedByItsDescription()
    {
        var c = InStep3();
        c.AddActionItem("Ask the planner for the later start", "Sanne", Today, Now);
        c.CompleteActionItem(1, Now);

        var cut = RenderIn<CaseHistory>(c, p => p.Add(h => h.UserNames, Names));

        var done = cut.FindAll("#history > li")[0];
        Assert.Contains("Action item done", done.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ask the planner for the later start", done.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepChange_ShowsFromAndTo()
    {
        var cut = RenderIn<CaseHistory>(InStep4(), p => p.Add(h => h.UserNames, Names));

        var moved = cut.FindAll("#history > li").First(li => li.TextContent.Contains("Moved to the next step", StringComparison.Ordinal));
        Assert.Contains("Action → Check", moved.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEdit_KeepsThePreviousVersion_BehindADisclosure()
    {
        var c = InStep3();
        c.EditFact(1, FactKind.Record, "Time registration", Today, "Late seven times in four weeks", Now);

        var cut = RenderIn<CaseHistory>(c, p => p.Add(h => h.UserNames, Names));

        var edit = cut.FindAll("#history > li")[0];
        Assert.Contains("Fact corrected", edit.TextContent, StringComparison.Ordinal);
        Assert.Equal("Previous version", edit.QuerySelector("details summary")!.TextContent);
        Assert.Contains("Late six times in four weeks", edit.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownUser_IsSaidToBeUnknown()
    {
        var cut = RenderIn<CaseHistory>(InStep3(), p => p.Add(h => h.UserNames, new Dictionary<string, string>()));

        Assert.Contains("by unknown user", cut.Find("#history > li").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InDutch_TheEventsAreDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderIn<CaseHistory>(InStep3(), p => p.Add(h => h.UserNames, Names));

        var items = cut.FindAll("#history > li");
        Assert.Contains("Besluit genomen", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("door Sanne de Vries", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Casus geopend", items[^1].TextContent, StringComparison.Ordinal);
    }
}
