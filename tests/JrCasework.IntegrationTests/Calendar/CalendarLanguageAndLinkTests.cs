using System.Globalization;
using JrCasework.Web.Features.Calendar;

namespace JrCasework.IntegrationTests.Calendar;

/// <summary>The calendar speaks the user's language and links to the address the organisation configured, not to the server's own.</summary>
public sealed class CalendarLanguageAndLinkTests(CalendarLanguageAndLinkTests.Fixture fixture) : IClassFixture<CalendarLanguageAndLinkTests.Fixture>
{
    /// <summary>The demo organisation behind a reverse proxy that serves it under a path.</summary>
    public sealed class Fixture : JrCaseworkFactory
    {
        public const string PublicAddress = "https://jr.example.org/casework";

        public Fixture() => Settings["App:PublicBaseUrl"] = PublicAddress;
    }

    [Fact]
    public async Task TheFeed_LinksEveryEventToTheCaseAtThePublicAddress()
    {
        var address = await RenewAsync(DemoData.SupervisorProduction.Email, "en-GB");
        using var client = BrowserLikeClient.Anonymous(fixture);

        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(address.AbsolutePath.Replace("/casework", "", StringComparison.Ordinal)))!;

        Assert.StartsWith(Fixture.PublicAddress + "/calendar/", address.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e =>
        {
            Assert.Matches($@"^{Fixture.PublicAddress}/cases/\d+$", e.Url!.ToString());
            Assert.EndsWith(": " + e.Url, e.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheFeed_OfAUserWhoChoseNoLanguage_SpeaksTheLanguageTheyMadeItIn()
    {
        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, (string?)null));
        }

        var address = await RenewAsync(DemoData.SupervisorProduction.Email, "nl-NL");
        using var client = BrowserLikeClient.Anonymous(fixture);

        var text = await client.GetStringAsync(address.AbsolutePath.Replace("/casework", "", StringComparison.Ordinal));
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Contains("X-WR-CALNAME:JR Casework controlemomenten", text, StringComparison.Ordinal);
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Matches(@"^Controlemoment JR-\d{4}-\d{4} \(nr\. \d+\)$", e.Summary));
        Assert.All(calendar.Events, e => Assert.StartsWith("Open de casus: " + Fixture.PublicAddress + "/cases/", e.Description, StringComparison.Ordinal));
        await using var check = fixture.CreateDbContext();
        Assert.Equal("nl-NL", await check.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.PreferredCulture).SingleAsync());
    }

    [Fact]
    public async Task TheFileOfOneFollowUp_ForADutchPage_IsDutch_AndLinksToThePublicAddress()
    {
        var followUp = await fixture.ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorProduction.Email);
        await BrowserLikeClient.UseLanguageAsync(client, "nl-NL");

        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(
            await client.GetStringAsync($"/cases/{followUp.CaseId}/follow-ups/{followUp.Number}.ics"))!.Events);

        Assert.StartsWith("Controlemoment ", calendarEvent.Summary, StringComparison.Ordinal);
        Assert.Equal($"{Fixture.PublicAddress}/cases/{followUp.CaseId}", calendarEvent.Url!.ToString());
        Assert.Equal($"Open de casus: {Fixture.PublicAddress}/cases/{followUp.CaseId}", calendarEvent.Description);
    }

    /// <summary>Makes a new feed address for the user as they would on the reminders page in <paramref name="culture"/>.</summary>
    private async Task<Uri> RenewAsync(string email, string culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = await SignedInScope.AsAsync(fixture.Services, email);
            return await scope.Get<CalendarFeeds>().RenewAsync();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
