using JrCasework.Web.Components.Layout;

namespace JrCasework.Web.Tests.Layout;

public sealed class InteractiveMarkerTests : ComponentTest
{
    [Fact]
    public void OnAStaticPage_SaysSo()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var marker = Render<InteractiveMarker>().Find("#render-mode");

        Assert.Equal("false", marker.GetAttribute("data-interactive"));
        Assert.Equal("Static page", marker.GetAttribute("aria-label"));
    }

    [Fact]
    public void OnALivePage_SaysItIsLive()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var marker = Render<InteractiveMarker>().Find("#render-mode");

        Assert.Equal("true", marker.GetAttribute("data-interactive"));
        Assert.Contains("is-interactive", marker.ClassList);
    }
}
