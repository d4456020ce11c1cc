using JrCasework.Web.Features.Cases.Drafts;

namespace JrCasework.Web.Tests.Cases;

/// <summary>A part of the case page under test: live (interactive), with the drafts store the forms keep their text in.</summary>
public abstract class CasePartTest : ComponentTest
{
    protected CasePartTest()
    {
        Services.AddScoped<DraftStore>();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }
}
