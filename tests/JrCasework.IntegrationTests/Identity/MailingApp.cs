namespace JrCasework.IntegrationTests.Identity;

/// <summary>An app of a test's own whose mail goes to a real SMTP server on loopback, its links to http://localhost/.</summary>
internal sealed class MailingApp : IAsyncDisposable
{
    public JrCaseworkFactory App { get; } = new();

    public SmtpTestServer Smtp { get; private set; } = default!;

    /// <summary>Starts the mail server and points the app at it; the app itself starts when first asked for.</summary>
    public async Task StartAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        Smtp.ReceiveMailOf(App);
        App.Settings["App:PublicBaseUrl"] = "http://localhost/";
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
