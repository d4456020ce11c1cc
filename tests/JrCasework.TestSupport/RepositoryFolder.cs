namespace JrCasework.TestSupport;

/// <summary>The repository the tests run from: where scripts and artifacts are.</summary>
public static class RepositoryFolder
{
    /// <summary>The folder holding JrCasework.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JrCasework.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (JrCasework.sln) was not found.");
    }
}
