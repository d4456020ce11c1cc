using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>The hosted reminder service itself: it runs a round at start and then on every tick of the injected clock.</summary>
public sealed class ReminderServiceTests
{
    [Fact]
    public async Task TheBackgroundService_GivesRemindersWhenTheClockMoves()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = new CaseFixture { Clock = clock, RunReminderService = true };
        var followUp = await app.CaseWithFollowUpAsync(ReminderHost.Today.AddDays(5));

        clock.SetToday(ReminderHost.Today.AddDays(5));
        var notifications = await WaitForAsync(app, followUp.CaseId, clock);

        var due = Assert.Single(notifications);
        Assert.Equal(ReminderKind.Due, due.Kind);
    }

    [Fact]
    public async Task OneRound_WorksOffABacklogLargerThanABatch()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = new CaseFixture { Clock = clock, Settings = { ["Reminders:BatchSize"] = "3" } };
        var cases = new List<FollowUpCase>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add(await app.CaseWithFollowUpAsync(ReminderHost.Today.AddDays(1), $"Backlog {i}"));
        }

        clock.SetToday(ReminderHost.Today.AddDays(1));
        await app.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None);

        foreach (var @case in cases)
        {
            Assert.Contains(await app.NotificationsForAsync(@case.CaseId), n => n.Kind == ReminderKind.Due);
        }
    }

    /// <summary>Moves the fake clock on a minute at a time (each move is a tick) until the service has given the reminder.</summary>
    private static async Task<List<Notification>> WaitForAsync(CaseFixture app, int caseId, FakeTimeProvider clock)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var notifications = await app.NotificationsForAsync(caseId);
            if (notifications.Count > 0)
            {
                return notifications;
            }

            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
        }

        return await app.NotificationsForAsync(caseId);
    }
}
