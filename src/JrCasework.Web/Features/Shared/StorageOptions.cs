namespace JrCasework.Web.Features.Shared;

/// <summary>Where JR Casework keeps its files ("Storage" section).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The folder for the database and logs; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite database file name inside <see cref="DataDirectory"/>.</summary>
    public string DatabaseFile { get; set; } = "jrcasework.db";

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}
