using JrCasework.Domain.Reminders;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JrCasework.Web.Features.Reminders;

/// <summary>One connection to the SMTP server for a round of mails (MailKit).</summary>
internal sealed class SmtpMailSender(IOptionsMonitor<MailOptions> options)
{
    public async Task<SmtpSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Mail:Host is not set."), settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            return new SmtpSession(client, new MailboxAddress(settings.FromName, settings.FromAddress));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}

internal sealed class SmtpSession(SmtpClient client, MailboxAddress from) : IAsyncDisposable
{
    /// <summary>Sends a mail of the outbox; its id lets a recipient's mail server and our tests recognise a repeated delivery.</summary>
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        SendAsync(mail.ToAddress, new MailMessageText(mail.Subject, mail.TextBody, mail.HtmlBody), $"jrcasework-{mail.Id}", cancellationToken);

    /// <summary>Sends a mail that is not in the outbox (one whose link must not be stored, such as a password reset).</summary>
    public Task SendAsync(string to, MailMessageText text, CancellationToken cancellationToken) =>
        SendAsync(to, text, $"jrcasework-{Guid.NewGuid():N}", cancellationToken);

    private async Task SendAsync(string to, MailMessageText text, string messageId, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = text.Subject;
        message.MessageId = $"{messageId}@{from.Domain}";
        message.Body = new BodyBuilder { TextBody = text.Text, HtmlBody = text.Html }.ToMessageBody();
        await client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
        {
            // The mails were handed over; a failing QUIT changes nothing about them.
        }
        finally
        {
            client.Dispose();
        }
    }
}
