using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace JrCasework.TestSupport;

/// <summary>
/// A real SMTP server on a loopback port: Debian's aiosmtpd (python3-aiosmtpd, installed by
/// scripts/test.sh), storing every message it receives in a maildir that tests read back.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _maildir;
    private Process? _process;

    private SmtpTestServer(int port, string maildir)
    {
        Port = port;
        _maildir = maildir;
    }

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A server on a free port, not started yet (a mail server that is down).</summary>
    public static SmtpTestServer OnFreePort() =>
        new(LoopbackPort.Free(), Path.Combine(Path.GetTempPath(), "jrcasework-smtp", Guid.NewGuid().ToString("N")));

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = OnFreePort();
        await server.StartAsync(TimeSpan.FromSeconds(20));
        return server;
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing; scripts/test.sh installs python3-aiosmtpd.");
        }

        // aiosmtpd creates the maildir (with its tmp/new/cur folders) only when the folder does not exist yet.
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {_process.ExitCode}; is python3-aiosmtpd installed?");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within {timeout}.");
    }

    /// <summary>Points <paramref name="app"/>'s mail at this server (plain SMTP on loopback, a short timeout); set before the app starts.</summary>
    public void ReceiveMailOf(JrCaseworkFactory app)
    {
        app.Settings["Mail:Host"] = "127.0.0.1";
        app.Settings["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Mail:Security"] = "None";
        app.Settings["Mail:TimeoutSeconds"] = "5";
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder).Order().Select(file => MimeMessage.Load(file))]
            : [];
    }

    /// <summary>The messages received so far whose subject mentions <paramref name="text"/> (e.g. a case reference).</summary>
    public IReadOnlyList<MimeMessage> MessagesAbout(string text) =>
        [.. Messages().Where(m => (m.Subject ?? string.Empty).Contains(text, StringComparison.Ordinal))];

    /// <summary>Waits until at least <paramref name="count"/> messages about <paramref name="text"/> arrived (delivery into the maildir takes a moment).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAboutAsync(string text, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        var messages = MessagesAbout(text);
        while (messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            messages = MessagesAbout(text);
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_maildir, recursive: true);
        }
        catch (IOException)
        {
            // A left-over folder in the temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
