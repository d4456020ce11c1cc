using System.Runtime.Versioning;
using JrCasework.Data;
using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// Everything an instance writes (database, its journal, keys, logs) goes into its own data folder
/// (<c>Storage:DataDirectory</c>), readable by the account the application runs as and by nobody else:
/// the files hold case content and the keys that sign sessions.
/// </summary>
/// <remarks>The modes are Unix's; the application runs on Linux.</remarks>
[UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupAndOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task TheLogIsWrittenInsideTheConfiguredDataFolder()
    {
        await using var app = new JrCaseworkFactory();
        app.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = BrowserLikeClient.Anonymous(app);

        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/Account/Login"));

        var logs = Path.Combine(app.DataDirectory, "logs");
        Assert.True(Directory.Exists(logs), $"No log folder in the data folder {app.DataDirectory}.");
        Assert.NotEmpty(Directory.GetFiles(logs, "jrcasework-*.log"));
    }

    [Fact]
    public async Task WhatTheApplicationWrites_OnlyItsOwnAccountCanRead()
    {
        await using var app = new JrCaseworkFactory();
        app.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = await BrowserLikeClient.SignedInAsync(app, DemoData.SupervisorProduction.Email);
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/cases"));

        // Modes as the enumeration saw them: a temporary file of the key ring may be gone a moment later. The log file
        // and the WAL appear when their first write reaches the disk, which may be a moment after the answer.
        var folder = new DirectoryInfo(app.DataDirectory);
        List<FileSystemInfo> entries = [];
        for (var look = 0; look < 50; look++)
        {
            entries = [.. folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Append(folder)];
            if (Has(".log") && (app.Provider != DatabaseProvider.Sqlite || Has(".db-wal")))
            {
                break;
            }

            await Task.Delay(100);
        }

        var names = entries.Select(e => e.FullName).ToList();
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains(names, e => e.EndsWith(".db-wal", StringComparison.Ordinal));
            Assert.Contains(names, e => e.EndsWith(".xml", StringComparison.Ordinal) && e.Contains("keys", StringComparison.Ordinal));
        }

        Assert.Contains(names, e => e.EndsWith(".log", StringComparison.Ordinal));
        var readableByOthers = entries
            .Where(e => (e.UnixFileMode & GroupAndOthers) != 0)
            .Select(e => $"{Path.GetRelativePath(app.DataDirectory, e.FullName)} {e.UnixFileMode}")
            .ToList();
        Assert.Empty(readableByOthers);

        bool Has(string ending) => entries.Any(e => e.FullName.EndsWith(ending, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFolderWrittenByAnEarlierVersion_IsClosedToOthersOnStart()
    {
        await using var app = new JrCaseworkFactory();
        var keys = Directory.CreateDirectory(Path.Combine(app.DataDirectory, "keys"));
        var oldLog = Path.Combine(Directory.CreateDirectory(Path.Combine(app.DataDirectory, "logs")).FullName, "jrcasework-20260101.log");
        await File.WriteAllTextAsync(oldLog, "an old line\n");
        File.SetUnixFileMode(app.DataDirectory, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(keys.FullName, OwnerOnlyFolder | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(oldLog, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        _ = app.Services;

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(app.DataDirectory));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(keys.FullName));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(oldLog));
    }
}
