using System.Net;
using System.Text;
using JrCasework.Domain.Cases;
using JrCasework.TestSupport;
using JrCasework.Web.Demo;
using JrCasework.Web.Features.Calendar;
using JrCasework.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.IntegrationTests.Calendar;

public sealed class CalendarFeedTests(CalendarFeedTests.Fixture fixture) : IClassFixture<CalendarFeedTests.Fixture>
{
    /// <summary>
    /// The demo organisation, with the request log written to the log file under <see cref="JrCaseworkFactory.DataDirectory"/>.
    /// </summary>
    public sealed class Fixture : JrCaseworkFactory
    {
        /// <summary>Request logging is Information, below the tests' default level.</summary>
        public Fixture() => Settings["Serilog:MinimumLevel:Default"] = "Information";
    }

    [Fact]
    public async Task Feed_IsServedAsCalendarText_ThatParsesBackAndMeetsRfc5545()
    {
        var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);

        using var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(Ical.Net.Calendar.Load(text)!.Events);

        // Every line ends in CRLF and is at most 75 octets long (longer ones are folded).
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.DoesNotContain('\n', line));
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Longer than 75 octets: {line}"));

        var unfolded = Unfold(lines);
        Assert.Equal("BEGIN:VCALENDAR", unfolded[0]);
        Assert.Equal("END:VCALENDAR", unfolded[^1]);
        var calendarProperties = unfolded.TakeWhile(line => line != "BEGIN:VEVENT").ToList();
        Assert.Contains("VERSION:2.0", calendarProperties);
        Assert.Contains(calendarProperties, line => line.StartsWith("PRODID:", StringComparison.Ordinal));

        var events = Events(unfolded);
        Assert.NotEmpty(events);
        Assert.All(events, properties =>
        {
            Assert.Contains(properties, p => p.StartsWith("UID:", StringComparison.Ordinal));
            Assert.Contains(properties, p => p.StartsWith("DTSTAMP:", StringComparison.Ordinal) && p.EndsWith('Z'));
            Assert.Contains(properties, p => p.StartsWith("DTSTART;VALUE=DATE:", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Feed_HoldsExactlyTheOwnersScheduledFollowUpsOnOpenCases_AndNoneOfAnotherSupervisor()
    {
        var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);

        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(path))!;

        await using var db = fixture.CreateDbContext();
        var sanne = await UserIdAsync(DemoData.SupervisorProduction.Email);
        var tom = await UserIdAsync(DemoData.SupervisorLogistics.Email);
        var expected = await (
                from c in db.Cases
                where c.OwnerUserId == sanne && c.Step != CaseStep.Closed
                from f in c.FollowUps
                where f.Status == FollowUpStatus.Scheduled
                select new { f.Id, f.DueOn, c.Reference, f.Number })
            .ToListAsync();
        var toms = await (from c in db.Cases where c.OwnerUserId == tom from f in c.FollowUps select f.Id).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.NotEmpty(toms);

        Assert.Equal(expected.Select(f => $"followup-{f.Id}@jrcasework").Order(), calendar.Events.Select(e => e.Uid!).Order());
        foreach (var followUp in expected)
        {
            var calendarEvent = calendar.Events.Single(e => e.Uid == $"followup-{followUp.Id}@jrcasework");
            Assert.Equal(followUp.DueOn, calendarEvent.DtStart!.Date);
            Assert.False(calendarEvent.DtStart.HasTime);
            Assert.Equal($"Follow-up {followUp.Reference} (check {followUp.Number})", calendarEvent.Summary);
        }

        Assert.DoesNotContain(calendar.Events, e => toms.Any(id => e.Uid == $"followup-{id}@jrcasework"));
    }

    [Fact]
    public async Task FeedOfAManager_LeavesOutTheFollowUpsOfTheSupervisorsTheyManage()
    {
        var path = await FeedPathAsync(DemoData.Manager.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);

        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(path))!;

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.FollowUps.AnyAsync(f => f.Status == FollowUpStatus.Scheduled));
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public async Task Feed_ShowsNoCaseContent_OnlyTheReferenceAndALink()
    {
        var sanne = await UserIdAsync(DemoData.SupervisorProduction.Email);
        await using var db = fixture.CreateDbContext();
        var caseId = await db.Cases
            .Where(c => c.OwnerUserId == sanne && c.Step != CaseStep.Closed && c.FollowUps.Any(f => f.Status == FollowUpStatus.Scheduled))
            .Select(c => c.Id).FirstAsync();
        const string Marker = "CALENDAR-LEAK-MARKER-7f3a";
        await using (var scope = await SignedInScope.AsAsync(fixture.Services, DemoData.SupervisorProduction.Email))
        {
            var cases = scope.Get<CaseService>();
            var @case = await cases.GetAsync(caseId);
            @case = await cases.ChangeAsync(caseId, @case.Version, "details",
                (c, by) => c.ChangeDetails(Marker + " title", c.CategoryId, c.Origin, by));
            await cases.ChangeAsync(caseId, @case.Version, "objective", (c, by) => c.ChangeObjective(Marker + " objective", by));
        }

        var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        var text = string.Concat(Unfold(await client.GetStringAsync(path)));

        var content = await db.Cases.AsNoTracking().Include(c => c.Employees).Include(c => c.Facts)
            .Where(c => c.OwnerUserId == sanne && c.Step != CaseStep.Closed).ToListAsync();
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
        var texts = content.SelectMany(c => new[] { c.Title, c.Objective }.Concat(c.Employees.Select(e => e.Name)).Concat(c.Facts.Select(f => f.Text)))
            .Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotContain(t, text, StringComparison.Ordinal));
        Assert.Contains($"URL:http://localhost:5080/cases/{caseId}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsInTheOwnersChosenLanguage()
    {
        var sanne = await UserIdAsync(DemoData.SupervisorProduction.Email);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == sanne).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, "nl-NL"));
        }

        try
        {
            var path = await FeedPathAsync(DemoData.SupervisorProduction.Email);
            using var client = BrowserLikeClient.Anonymous(fixture);

            var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(path))!;

            Assert.All(calendar.Events, e => Assert.Matches(@"^Controlemoment JR-\d{4}-\d{4} \(nr\. \d+\)$", e.Summary));
            Assert.All(calendar.Events, e => Assert.StartsWith("Open de casus: http", e.Description, StringComparison.Ordinal));
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Users.Where(u => u.Id == sanne).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, (string?)null));
        }
    }

    [Fact]
    public async Task RenewingTheAddress_LocksOutTheOldOne_AndTheNewOneWorks()
    {
        var old = await FeedPathAsync(DemoData.SupervisorProduction.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        using (var before = await client.GetAsync(old))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var renewed = await FeedPathAsync(DemoData.SupervisorProduction.Email);

        using var oldResponse = await client.GetAsync(old);
        using var newResponse = await client.GetAsync(renewed);
        Assert.NotEqual(old, renewed);
        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
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
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.Null(await db.Users.Where(u => u.Email == DemoData.SupervisorLogistics.Email).Select(u => u.CalendarTokenHash).SingleAsync());
    }

    [Fact]
    public async Task FeedOfADisabledUser_IsNotFound_LikeAnUnknownAddress()
    {
        var path = await FeedPathAsync(DemoData.Hr.Email);
        using var client = BrowserLikeClient.Anonymous(fixture);
        using (var enabled = await client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == DemoData.Hr.Email).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsDisabled, true));
        }

        using var disabled = await client.GetAsync(path);
        using var unknown = await client.GetAsync("/calendar/" + new string('A', 43) + ".ics");
        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
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
        using (var served = await client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (var missing = await client.GetAsync(path.Replace(token, token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

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
        var (caseId, followUpId, number) = await ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
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
        var (caseId, _, number) = await ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
        using var manager = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Manager.Email);
        using var tom = await BrowserLikeClient.SignedInAsync(fixture, DemoData.SupervisorLogistics.Email);

        using var managers = await manager.GetAsync($"/cases/{caseId}/follow-ups/{number}.ics");
        using var toms = await tom.GetAsync($"/cases/{caseId}/follow-ups/{number}.ics");
        using var missing = await tom.GetAsync($"/cases/{caseId}/follow-ups/999.ics");

        Assert.Equal(HttpStatusCode.OK, managers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toms.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task FollowUpFile_WithoutSignIn_RedirectsToSignIn()
    {
        var (caseId, _, number) = await ScheduledFollowUpOfAsync(DemoData.SupervisorProduction.Email);
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

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<(int CaseId, int FollowUpId, int Number)> ScheduledFollowUpOfAsync(string email)
    {
        var owner = await UserIdAsync(email);
        await using var db = fixture.CreateDbContext();
        var found = await (
                from c in db.Cases
                where c.OwnerUserId == owner && c.Step != CaseStep.Closed
                from f in c.FollowUps
                where f.Status == FollowUpStatus.Scheduled
                orderby c.Id, f.Number
                select new { CaseId = c.Id, f.Id, f.Number })
            .FirstAsync();
        return (found.CaseId, found.Id, found.Number);
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
