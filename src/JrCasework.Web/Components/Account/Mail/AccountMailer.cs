using System.Threading.Channels;
using JrCasework.Web.Features.Reminders;

namespace JrCasework.Web.Components.Account.Mail;

/// <summary>
/// Sends the mails about a user's own account (a password-reset link, a notice that a password or the second step
/// changed) in the background, straight to the mail server and never through the outbox: a reset link signs someone
/// in, so it is not stored where an administrator's outbox page or a database dump would show it. The page that asked
/// answers at once, whether or not a mail goes out. A mail lost to a restart is not sent again.
/// </summary>
internal sealed class AccountMailer(SmtpMailSender sender, ILogger<AccountMailer> logger) : BackgroundService
{
    private readonly Channel<(string To, MailMessageText Text)> _queue =
        Channel.CreateBounded<(string, MailMessageText)>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(string to, MailMessageText text)
    {
        if (!_queue.Writer.TryWrite((to, text)))
        {
            logger.LogWarning("Account mail dropped: too many waiting");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (to, text) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var session = await sender.ConnectAsync(stoppingToken);
                await session.SendAsync(to, text, stoppingToken);
                logger.LogInformation("Account mail sent");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The address and the link stay out of the log.
                logger.LogWarning("Account mail not sent: {Error}", exception.GetType().Name);
            }
        }
    }
}
