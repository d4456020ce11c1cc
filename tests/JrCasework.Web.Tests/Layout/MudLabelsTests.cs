using MudBlazor;

namespace JrCasework.Web.Tests.Layout;

/// <summary>MudBlazor's own screen-reader labels follow the page's language (JrMudLocalizer).</summary>
public sealed class MudLabelsTests : ComponentTest
{
    [Theory]
    [InlineData("nl-NL", "Verhogen", "Verlagen")]
    [InlineData("en-GB", "Increment", "Decrement")]
    public void ANumericField_NamesItsButtonsInThePagesLanguage(string culture, string up, string down)
    {
        UseCulture(culture);

        var field = Render<MudNumericField<int>>(p => p.Add(f => f.Label, "Count"));

        var labels = field.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains(up, labels);
        Assert.Contains(down, labels);
    }

    [Fact]
    public void ADatePicker_OnADutchPage_HasADutchOpenButton()
    {
        UseCulture("nl-NL");

        var picker = Render<MudDatePicker>(p => p.Add(f => f.Label, "Datum"));

        var labels = picker.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains("Openen", labels);
        Assert.DoesNotContain("Open", labels);
    }
}
