using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Reminders;

/// <summary>
/// The reminder service inside the web app: every interval it gives the reminders that became due
/// and sends the outbox. Every instance may run it; the database makes sure each reminder and each
/// mail is handled once.
/// </summary>
internal sealed class ReminderWorker(
    ReminderScanner scanner,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    /// <summary>A backlog (after downtime, or a first start on old data) is worked off a few batches per round.</summary>
    private const int MaxBatchesPerRound = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Reminder service is off on this instance (Reminders:Enabled)");
            return;
        }

        // Let start-up finish before the first round.
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)), clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    /// <summary>One round; a failing round is logged and the next one tries again.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var given = 0;
            for (var batch = 0; batch < MaxBatchesPerRound; batch++)
            {
                var scan = await scanner.ScanAsync(cancellationToken);
                given += scan.Given;
                if (!scan.More)
                {
                    break;
                }
            }

            var sent = await outbox.SendDueAsync(cancellationToken);
            if (given + sent > 0)
            {
                logger.LogInformation("Reminder round: {Given} reminder(s) given, {Sent} mail(s) sent", given, sent);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Reminder round failed; the next round tries again");
        }
    }
}
