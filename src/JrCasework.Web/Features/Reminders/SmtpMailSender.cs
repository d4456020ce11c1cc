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
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        message.Subject = mail.Subject;

        // The outbox id lets a recipient's mail server and our tests recognise a repeated delivery.
        message.MessageId = $"jrcasework-{mail.Id}@{from.Domain}";
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        await client.SendAsync(message, cancellationToken);
    }

    /// <summary>Sends a mail that is not in the outbox (one whose link must not be stored, such as a password reset).</summary>
    public async Task SendAsync(string to, MailMessageText text, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = text.Subject;
        message.MessageId = $"jrcasework-{Guid.NewGuid():N}@{from.Domain}";
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
