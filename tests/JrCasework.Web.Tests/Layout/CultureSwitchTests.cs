using JrCasework.Web.Components.Layout;

namespace JrCasework.Web.Tests.Layout;

public sealed class CultureSwitchTests : ComponentTest
{
    [Fact]
    public void InEnglish_TheEnglishButtonIsPressed()
    {
        var cut = Render<CultureSwitch>();

        Assert.Equal("true", cut.Find("#culture-en").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("#culture-nl").GetAttribute("aria-pressed"));
        Assert.Equal("nl-NL", cut.Find("#culture-nl").GetAttribute("value"));
    }

    [Fact]
    public void InDutch_TheDutchButtonIsPressed_AndTheFormIsLabelledInDutch()
    {
        UseCulture("nl-NL");

        var cut = Render<CultureSwitch>();

        Assert.Equal("true", cut.Find("#culture-nl").GetAttribute("aria-pressed"));
        Assert.Equal("Taal", cut.Find("form").GetAttribute("aria-label"));
    }

    [Fact]
    public void AfterNavigating_TheSwitchReturnsToTheNewPage()
    {
        var cut = Render<CultureSwitch>();

        Services.GetRequiredService<NavigationManager>().NavigateTo("dashboard?week=48");

        cut.WaitForAssertion(() =>
            Assert.Equal("/dashboard?week=48", cut.Find("input[name=returnUrl]").GetAttribute("value")));
    }
}
