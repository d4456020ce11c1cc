namespace JrCasework.IntegrationTests.Reminders;

/// <summary>
/// What most reminder tests start from: the demo organisation on a fake clock at <see cref="ReminderHost.Start"/>
/// (mailing to a loopback SMTP server when one is given) with one case of Sanne's whose follow-up is due on the day
/// asked for. Disposing it disposes the app.
/// </summary>
internal sealed class ReminderScene : IAsyncDisposable
{
    private ReminderScene(FakeTimeProvider clock, CaseFixture app, FollowUpCase followUp)
    {
        Clock = clock;
        App = app;
        FollowUp = followUp;
    }

    public FakeTimeProvider Clock { get; }

    public CaseFixture App { get; }

    public FollowUpCase FollowUp { get; }

    public static async Task<ReminderScene> StartAsync(DateOnly dueOn, SmtpTestServer? smtp = null, string title = "Late arrivals")
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        var app = ReminderHost.Create(clock, smtp);
        try
        {
            return new ReminderScene(clock, app, await app.CaseWithFollowUpAsync(dueOn, title));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public void Deconstruct(out FakeTimeProvider clock, out CaseFixture app, out FollowUpCase followUp) =>
        (clock, app, followUp) = (Clock, App, FollowUp);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
