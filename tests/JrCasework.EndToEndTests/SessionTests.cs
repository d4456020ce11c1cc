using JrCasework.TestSupport;

namespace JrCasework.EndToEndTests;

/// <summary>
/// Sign-ins the server keeps: signing out in one tab closes the others at once, a page left alone signs out on its own
/// while one in use does not, and a user sees their sign-ins and can end them all.
/// </summary>
public sealed class SessionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SigningOutInOneTab_SignsTheOtherTabOut_WithoutWaitingForTheMinutesCheck()
    {
        var first = await SignedInPageAsync(DemoData.Hr);
        var second = await first.Context.NewPageAsync();
        await second.OpenAsync("outcomes");

        await first.Locator("#sign-out").ClickAsync();

        // The circuit's own check comes once a minute; the sign-out reaches it sooner.
        await Expect(second).ToHaveURLAsync(new Regex("/Account/Login\\?ended=true"), new() { Timeout = 20_000 });
        await Expect(second.Locator("#outcome-filters")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RecentSignIns_ShowThisBrowserAndTheOther_AndSigningOutEverywhereEndsBoth()
    {
        var email = $"sessions-{Guid.NewGuid():N}@example.com";
        await Fixture.CreateUserAsync("Sam Sessie", email, DemoData.Logistics);
        var phone = await NewPageAsync("nl-NL", width: 390, height: 844);
        await phone.SignInAsync(email, DemoData.Password);
        await phone.WaitForInteractiveAsync();
        var desk = await NewPageAsync();
        await desk.SignInAsync(email, DemoData.Password);
        await desk.WaitForInteractiveAsync();

        await desk.GotoAsync("Account/Manage/Sessions");
        await Expect(desk.Locator("#sessions tbody tr")).ToHaveCountAsync(2);
        await Expect(desk.Locator("[data-session-state=current]")).ToContainTextAsync("This browser");
        await Expect(desk.Locator("[data-session-state=active]")).ToContainTextAsync("Active");
        await desk.ScreenshotAsync("sign-ins");
        await phone.GotoAsync("Account/Manage/Sessions");
        await Expect(phone.Locator("[data-session-state=current]")).ToContainTextAsync("Deze browser");
        await phone.ScreenshotAsync("sign-ins-phone-nl");

        await desk.Locator("#sign-out-everywhere").ClickAsync();

        await Expect(desk).ToHaveURLAsync(new Regex("/Account/Login"));
        await phone.ReloadAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task APageLeftAlone_SignsOutOnItsOwn_WhileAPageInUseStaysSignedIn()
    {
        await using var app = new JrCaseworkFactory
        {
            Settings =
            {
                ["Sessions:IdleTimeout"] = "00:00:06",
                ["Sessions:RevalidationInterval"] = "00:00:01",
                ["Sessions:ActivitySignalInterval"] = "00:00:01",
            },
        };
        var address = app.StartOnRealPort();
        var idle = await NewPageAsync(baseAddress: address);
        await idle.SignInAsAsync(DemoData.SupervisorProduction);
        var busy = await NewPageAsync(baseAddress: address);
        await busy.SignInAsAsync(DemoData.SupervisorLogistics);
        await busy.OpenAsync("cases/new");

        // The busy supervisor types for longer than the idle timeout; the other one does nothing.
        var title = busy.Locator("#case-title");
        for (var second = 0; second < 12; second++)
        {
            await title.PressSequentiallyAsync("ab");
            await busy.WaitForTimeoutAsync(1000);
        }

        await Expect(idle).ToHaveURLAsync(new Regex("/Account/Login"), new() { Timeout = 20_000 });
        await Expect(idle.Locator("#session-ended")).ToContainTextAsync("You have been signed out");
        await idle.ScreenshotAsync("signed-out-after-inactivity");
        await Expect(busy).ToHaveURLAsync(new Regex("/cases/new$"));
        await Expect(title).ToHaveValueAsync(string.Concat(Enumerable.Repeat("ab", 12)));
    }
}
