using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace JrCasework.EndToEndTests;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) on every page, every step of the case page and the dialogs that matter,
/// in English and Dutch. One case per page and language, so a failure names exactly where to look.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Languages = ["en-GB", "nl-NL"];

    /// <summary>Pages whose look the palette changes most: to look at after a change of colours.</summary>
    private static readonly string[] Photographed = ["login", "two-factor-set-up", "case-check", "case-weigh", "dashboard", "reports", "team", "admin-users"];

    /// <summary>Each role signs in once per test run; the cookies are reused by every page of that role.</summary>
    private static readonly ConcurrentDictionary<string, string> SignedInStates = new();

    /// <summary>A page state to scan: who sees it, where it is, and how to know it has finished loading.</summary>
    private sealed record PageState(DemoAccount? User, Func<BrowserFixture, Task<string>> Path, string Ready, Func<IPage, Task>? Open = null)
    {
        public bool Interactive { get; init; } = true;
    }

    private static readonly Dictionary<string, PageState> States = new()
    {
        ["login"] = Static(null, "Account/Login", "#login-submit"),
        ["access-denied"] = Static(null, "Account/AccessDenied", "h1"),
        ["forgot-password"] = Static(null, "Account/ForgotPassword", "#back-to-sign-in"),
        ["reset-password"] = Static(null, "Account/ResetPassword?userId=someone&code=c29tZXRoaW5n", "#reset-submit"),
        ["not-found"] = Static(null, "no-such-page", "h1"),
        ["profile"] = Static(DemoData.SupervisorProduction, "Account/Manage", "h1"),
        ["change-password"] = Static(DemoData.SupervisorProduction, "Account/Manage/ChangePassword", "h1"),
        ["reminders"] = Static(DemoData.SupervisorProduction, "Account/Manage/Reminders", "h1"),
        ["sign-ins"] = Static(DemoData.SupervisorProduction, "Account/Manage/Sessions", "#sessions"),
        ["passkeys"] = Static(DemoData.SupervisorProduction, "Account/Manage/Passkeys", "#passkey-confirm"),
        ["two-factor"] = Static(DemoData.SupervisorProduction, "Account/Manage/TwoFactor", "#two-factor-state"),
        ["two-factor-set-up"] = Static(DemoData.Manager, "Account/Manage/TwoFactor/Enable", "#two-factor-start"),
        ["my-cases"] = Live(DemoData.SupervisorProduction, "cases", "#new-case"),
        ["new-case"] = Live(DemoData.SupervisorProduction, "cases/new", "#new-case-form"),
        ["case-objective"] = CaseAt(CaseStep.Objective),
        ["case-facts"] = CaseAt(CaseStep.Facts),
        ["case-weigh"] = CaseAt(CaseStep.WeighAndDecide),
        ["case-action"] = CaseAt(CaseStep.TakeAction),
        ["case-check"] = CaseAt(CaseStep.CheckResults),
        ["case-closed"] = CaseAt(CaseStep.Closed),
        ["case-prepare"] = new(DemoData.SupervisorProduction, async f => $"cases/{await SannesCaseAtAsync(f, CaseStep.WeighAndDecide)}/prepare", "#print"),
        ["team"] = Live(DemoData.SupervisorProduction, "team", "#team-grid"),
        ["team-moment-dialog"] = Live(DemoData.SupervisorProduction, "team", "#team-grid") with
        {
            Open = async page =>
            {
                await page.Locator("#log-moment").ClickAsync();
                await Expect(page.Locator("#moment-dialog")).ToBeVisibleAsync();
            },
        },
        ["team-person"] = new(DemoData.SupervisorProduction, async f => $"team/{await PieterAsync(f)}", "#person-foundations"),
        ["notifications"] = Live(DemoData.SupervisorProduction, "notifications", "#notifications, .jr-empty"),
        ["dashboard"] = Live(DemoData.Manager, "dashboard", "#dashboard"),
        ["foundations-overview"] = Live(DemoData.Manager, "dashboard/foundations", "#back-to-dashboard"),
        ["outcomes"] = Live(DemoData.Hr, "outcomes", "#outcome-filters"),
        ["reports"] = Live(DemoData.Hr, "reports", "#report-scope"),
        ["access-requests"] = Live(DemoData.Hr, "access-requests", "#requests-table, #no-requests"),
        ["audit"] = Live(DemoData.PrivacyOfficer, "audit", "#audit-table"),
        ["legal-holds"] = Live(DemoData.Hr, "legal-holds", "#holds-table, .jr-empty"),
        ["reports-print"] = Static(DemoData.Hr, "reports/print?from=2026-01-01&to=2026-11-30", "#report-print-page"),
        ["admin-users"] = Live(DemoData.Admin, "admin/users", "#users-table tbody tr"),
        ["admin-users-create"] = Live(DemoData.Admin, "admin/users", "#users-table tbody tr") with
        {
            Open = async page =>
            {
                await page.Locator("#new-user").ClickAsync();
                await Expect(page.Locator("#new-user-form")).ToBeVisibleAsync();
            },
        },
        ["admin-employees"] = Live(DemoData.Admin, "admin/employees", "#new-employee"),
        ["admin-org-units"] = Live(DemoData.Admin, "admin/org-units", "#units-table tbody tr"),
        ["admin-categories"] = Live(DemoData.Admin, "admin/categories", "#categories-table tbody tr"),
        ["admin-mail"] = Live(DemoData.Admin, "admin/mail", "#mail-counts"),
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in States.Keys)
        {
            foreach (var language in Languages)
            {
                data.Add(state, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasNoWcag21AaViolations(string state, string language)
    {
        var page = await OpenAsync(States[state], language);

        var result = await page.RunAxe(PageExtensions.Wcag21Aa);

        var report = Describe(result, $"{state} ({language}, {page.Url})");
        if (Photographed.Contains(state))
        {
            await page.ScreenshotAsync($"a11y-{state}-{language[..2]}");
        }

        Assert.True(result.Violations.Length == 0, report);
    }

    /// <summary>A new browser context with the role's cookies, switched to the language, on the page, loaded.</summary>
    private async Task<IPage> OpenAsync(PageState state, string language)
    {
        var page = await NewPageAsync(language, storageState: state.User is null ? null : await SignedInStateAsync(state.User));
        var path = await state.Path(Fixture);
        await page.GotoAsync($"culture?culture={language}&returnUrl={Uri.EscapeDataString("/" + path)}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language[..2]);
        if (state.Interactive)
        {
            await page.WaitForInteractiveAsync();
        }

        await Expect(page.Locator(state.Ready).First).ToBeVisibleAsync();
        if (state.Open is not null)
        {
            await state.Open(page);
        }

        // MudBlazor fades things in; axe must measure the colours as they end, not halfway.
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });
        return page;
    }

    private async Task<string> SignedInStateAsync(DemoAccount user)
    {
        var key = $"{Fixture.BaseAddress}|{user.Email}";
        if (SignedInStates.TryGetValue(key, out var state))
        {
            return state;
        }

        var page = await SignedInPageAsync(user);
        state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return SignedInStates.GetOrAdd(key, state);
    }

    /// <summary>Rule, impact, what it means, where (selectors) and what axe says to fix: enough to start without axe open.</summary>
    private static string Describe(AxeResult result, string where)
    {
        var text = new StringBuilder($"{result.Violations.Length} axe violation(s) on {where}:");
        foreach (var violation in result.Violations)
        {
            text.AppendLine().Append(CultureInvariant($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})"));
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append(CultureInvariant($"    at {node.Target} {Shorten(node.Html)}: {Checks(node)}"));
            }
        }

        return text.ToString();
    }

    private static string Checks(AxeResultNode node) =>
        string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Distinct());

    /// <summary>The element's opening markup: Blazor's generated selectors alone do not say which element it is.</summary>
    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static PageState Static(DemoAccount? user, string path, string ready) =>
        new(user, _ => Task.FromResult(path), ready) { Interactive = false };

    private static PageState Live(DemoAccount user, string path, string ready) => new(user, _ => Task.FromResult(path), ready);

    private static PageState CaseAt(CaseStep step) =>
        new(DemoData.SupervisorProduction, async f => $"cases/{await SannesCaseAtAsync(f, step)}", "#step-title");

    /// <summary>Sanne's first case at the step: the demo story, unless another test moved it on.</summary>
    private static async Task<int> SannesCaseAtAsync(BrowserFixture fixture, CaseStep step)
    {
        await using var db = fixture.App.CreateDbContext();
        var sanne = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.Id).SingleAsync();
        return await db.Cases.Where(c => c.OwnerUserId == sanne && c.Step == step).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private static async Task<int> PieterAsync(BrowserFixture fixture)
    {
        await using var db = fixture.App.CreateDbContext();
        return await db.Employees.Where(e => e.FullName == "Pieter de Boer").Select(e => e.Id).SingleAsync();
    }
}
