using JrCasework.Web.Features.Notifications;

namespace JrCasework.IntegrationTests.Reminders;

public sealed class NotificationCentreTests
{
    [Fact]
    public async Task AUser_SeesCountsAndMarksReadOnlyTheirOwnNotifications()
    {
        await using var scene = await ReminderScene.StartAsync(ReminderHost.Today);
        var (_, app, followUp) = scene;
        await app.RunRoundAsync();

        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);
        await using var tom = await app.AsAsync(DemoData.SupervisorLogistics.Email);
        var sannes = sanne.Get<NotificationCentre>();
        var unread = await sannes.UnreadCountAsync();
        var mine = Assert.Single(await sannes.LatestAsync(), n => n.CaseId == followUp.CaseId);
        Assert.DoesNotContain(await tom.Get<NotificationCentre>().LatestAsync(), n => n.CaseId == followUp.CaseId);

        await Assert.ThrowsAsync<AccessDeniedException>(() => tom.Get<NotificationCentre>().MarkReadAsync(mine.Id));
        await sannes.MarkReadAsync(mine.Id);

        Assert.Equal(unread - 1, await sannes.UnreadCountAsync());
        Assert.DoesNotContain(await sannes.LatestAsync(onlyUnread: true), n => n.Id == mine.Id);

        await sannes.MarkAllReadAsync();
        Assert.Equal(0, await sannes.UnreadCountAsync());
        Assert.True(await tom.Get<NotificationCentre>().UnreadCountAsync() > 0);
    }

    [Fact]
    public async Task Nobody_SignedIn_IsRefused()
    {
        await using var app = ReminderHost.Create(new FakeTimeProvider(ReminderHost.Start));
        await using var anonymous = JrCasework.TestSupport.SignedInScope.Anonymous(app.Services);

        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.Get<NotificationCentre>().UnreadCountAsync());
    }
}
