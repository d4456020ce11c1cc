using System.Text;

namespace JrCasework.IntegrationTests.Calendar;

public sealed partial class CalendarFeedTests(CalendarFeedTests.Fixture fixture) : IClassFixture<CalendarFeedTests.Fixture>
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
        var calendar = await FeedOfAsync(DemoData.SupervisorProduction.Email);

        await using var db = fixture.CreateDbContext();
        var sanne = await fixture.UserIdAsync(DemoData.SupervisorProduction.Email);
        var tom = await fixture.UserIdAsync(DemoData.SupervisorLogistics.Email);
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
        var calendar = await FeedOfAsync(DemoData.Manager.Email);

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.FollowUps.AnyAsync(f => f.Status == FollowUpStatus.Scheduled));
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public async Task Feed_ShowsNoCaseContent_OnlyTheReferenceAndALink()
    {
        var sanne = await fixture.UserIdAsync(DemoData.SupervisorProduction.Email);
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
        var sanne = await fixture.UserIdAsync(DemoData.SupervisorProduction.Email);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == sanne).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, "nl-NL"));
        }

        try
        {
            var calendar = await FeedOfAsync(DemoData.SupervisorProduction.Email);

            Assert.All(calendar.Events, e => Assert.Matches(@"^Controlemoment JR-\d{4}-\d{4} \(nr\. \d+\)$", e.Summary));
            Assert.All(calendar.Events, e => Assert.StartsWith("Open de casus: http", e.Description, StringComparison.Ordinal));
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Users.Where(u => u.Id == sanne).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, (string?)null));
        }
    }
}
