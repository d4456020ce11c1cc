using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace JrCasework.Web.Hosting;

/// <summary>
/// The data folder (<c>Storage:DataDirectory</c>) holds everything an instance writes: the SQLite database and its
/// journal, the keys, the logs. Its files carry case content and the keys that sign sessions, so on Unix only the
/// account the application runs as may read them.
/// </summary>
internal static class DataFolderExtensions
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Creates the data folder, closes it and what an earlier version left in it to group and others, makes every
    /// file the process creates from now on private to its account (umask 077), and points file logs with a
    /// relative path into the folder, so instances with folders of their own never write into one log.
    /// </summary>
    public static WebApplicationBuilder AddJrCaseworkDataFolder(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var folder = storage.ResolveDataDirectory(builder.Environment.ContentRootPath);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            _ = SetFileCreationMask(0b000_111_111);
            Directory.CreateDirectory(folder, OwnerOnly);
            CloseToOthers(new DirectoryInfo(folder));
        }

        PlaceLogFilesIn(builder.Configuration, folder);
        return builder;
    }

    /// <summary>Serilog's file sinks ("Serilog:WriteTo" entries named File) with a relative path write inside <paramref name="folder"/>.</summary>
    private static void PlaceLogFilesIn(ConfigurationManager configuration, string folder)
    {
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (string.Equals(sink["Name"], "File", StringComparison.OrdinalIgnoreCase)
                && sink["Args:path"] is { Length: > 0 } path && !Path.IsPathRooted(path))
            {
                configuration[$"{sink.Path}:Args:path"] = Path.Combine(folder, path);
            }
        }
    }

    /// <summary>Takes group's and others' rights off the folder and everything in it (links are left as they are).</summary>
    [UnsupportedOSPlatform("windows")]
    private static void CloseToOthers(DirectoryInfo folder)
    {
        folder.UnixFileMode &= OwnerOnly;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo subfolder)
            {
                CloseToOthers(subfolder);
            }
            else
            {
                entry.UnixFileMode &= OwnerOnly;
            }
        }
    }

    /// <summary>The C library's <c>umask</c>: the permission bits taken off every file and folder the process creates.</summary>
    /// <remarks>A plain <c>DllImport</c>: <c>LibraryImport</c> would need unsafe code in the project for one blittable call.</remarks>
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetFileCreationMask(uint mask);
#pragma warning restore SYSLIB1054
}
