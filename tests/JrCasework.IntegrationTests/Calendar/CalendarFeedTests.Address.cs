using System.Text;
using JrCasework.Web.Features.Calendar;

namespace JrCasework.IntegrationTests.Calendar;

// The secret address of a feed, and the one-follow-up files.
public sealed partial class CalendarFeedTests
{
    [Fact]
    public async Task RenewingTheAddress_LocksOutTheOldOne_AndTheNewOneWorks()
    {
        var old = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(old));

        var renewed = await FeedPathAsync(DemoData.SupervisorProduction.Email);

        Assert.NotEqual(old, renewed);
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(old));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(renewed));
    }

    [Fact]
    public async Task StoppedFeed_IsNotFound()
    {
        var path = await FeedPathAsync(DemoData.SupervisorLogistics.Email);
        await using (var scope = await SignedInScope.AsAsync(fixture.Services, DemoData.SupervisorLogistics.Email))
        {
            await scope.Get<CalendarFeeds>().StopAsync();
        }

        using var client = BrowserLikeClient.Anonymous(fixture);

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(path));
        await using var db = fixture.CreateDbContext();
        Assert.Null(await db.Users.Where(u => u.Email == DemoData.SupervisorLogistics.Email).Select(u => u.CalendarTokenHash).SingleAsync());
    }

    [Fact]
    public async Task FeedOfADisabledUser_IsNotFound_LikeAnUnknownAddress()
    {
        var path = await FeedPathAsync(DemoData.Hr.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(path));

        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == DemoData.Hr.Email).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsDisabled, true));
        }

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/calendar/" + new string('A', 43) + ".ics"));
    }

    [Fact]
    public async Task OnlyAHashOfTheSecretIsStored()
    {
        var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        var token = path["/calendar/".Length..^".ics".Length];

        await using var db = fixture.CreateDbContext();
        var stored = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.CalendarTokenHash).SingleAsync();

        Assert.Equal(43, token.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(token))), stored);
        Assert.DoesNotContain(token, stored!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretNeverReachesTheLogFile()
    {
        var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        var token = path["/calendar/".Length..^".ics".Length];
        using var client = BrowserLikeClient.Anonymous(fixture);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(path.Replace(token, token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), StringComparison.Ordinal)));

        // The request log line is written as the middleware unwinds, which can be just after the client has its response.
        var log = await ReadLogsAsync();
        for (var wait = 0; wait < 50 && !log.Contains("responded 404", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
            log = await ReadLogsAsync();
        }

        // The requests were logged (so the check below can fail), but with the secret masked.
        Assert.Contains("GET /calendar/(secret).ics responded 200", log, StringComparison.Ordinal);
        Assert.Contains("GET /calendar/(secret).ics responded 404", log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..20], log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpFile_ForTheOwner_IsOneEventWithTheFollowUpsUid()
    {
        var (caseId, followUpId, number) = await fixture.ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorProduction.Email);

        using var response = await client.GetAsync($"/cases/{caseId}/follow-ups/{number}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith($"-{number}.ics", response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        Assert.Equal($"followup-{followUpId}@jrcasework", calendarEvent.Uid);
    }

    [Fact]
    public async Task FollowUpFile_ForTheManagerOfTheUnit_IsServed_ForAnotherSupervisor_IsNotFound()
    {
        var (caseId, _, number) = await fixture.ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
        var file = $"/cases/{caseId}/follow-ups/{number}.ics";
        using var manager = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Manager.Email);
        using var tom = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);

        Assert.Equal(HttpStatusCode.OK, await manager.StatusOfAsync(file));
        Assert.Equal(HttpStatusCode.NotFound, await tom.StatusOfAsync(file));
        Assert.Equal(HttpStatusCode.NotFound, await tom.StatusOfAsync($"/cases/{caseId}/follow-ups/999.ics"));
    }

    [Fact]
    public async Task FollowUpFile_WithoutSignIn_RedirectsToSignIn()
    {
        var (caseId, _, number) = await fixture.ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);

        using var response = await client.GetAsync($"/cases/{caseId}/follow-ups/{number}.ics");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Makes a new feed address for the user and returns its path (the part a client requests).</summary>
    private async Task<string> FeedPathAsync(string email)
    {
        await using var scope = await SignedInScope.AsAsync(fixture.Services, email);
        var address = await scope.Get<CalendarFeeds>().RenewAsync();
        return address.AbsolutePath;
    }

    /// <summary>Makes a new feed address for the user and reads the feed from it, as a calendar app does (not signed in).</summary>
    private async Task<Ical.Net.Calendar> FeedOfAsync(string email)
    {
        var path = await FeedPathAsync(email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        return Ical.Net.Calendar.Load(await client.GetStringAsync(path))!;
    }

    /// <summary>Every log file of this app instance, read while the logger may still hold it open.</summary>
    private async Task<string> ReadLogsAsync()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(fixture.DataDirectory, "logs")))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    /// <summary>Content lines with folding undone (RFC 5545 §3.1: a line starting with a space continues the previous one).</summary>
    private static List<string> Unfold(IEnumerable<string> lines)
    {
        var unfolded = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(' ') && unfolded.Count > 0)
            {
                unfolded[^1] += line[1..];
            }
            else
            {
                unfolded.Add(line);
            }
        }

        return unfolded;
    }

    private static List<string> Unfold(string text) => Unfold(text.Split("\r\n"));

    /// <summary>The properties of each VEVENT, without those of its VALARM.</summary>
    private static List<List<string>> Events(List<string> lines)
    {
        var events = new List<List<string>>();
        List<string>? current = null;
        var inAlarm = false;
        foreach (var line in lines)
        {
            switch (line)
            {
                case "BEGIN:VEVENT":
                    current = [];
                    break;
                case "END:VEVENT":
                    events.Add(current!);
                    current = null;
                    break;
                case "BEGIN:VALARM":
                    inAlarm = true;
                    break;
                case "END:VALARM":
                    inAlarm = false;
                    break;
                default:
                    if (current is not null && !inAlarm)
                    {
                        current.Add(line);
                    }

                    break;
            }
        }

        return events;
    }
}
