using System.Reflection;
using System.Text.RegularExpressions;
using JrCasework.Data;
using NetArchTest.Rules;

namespace JrCasework.Web.Tests.Architecture;

/// <summary>
/// The layout shows the architecture (STYLE.md): the data layer never references the web project, features never
/// reach into start-up code, feature namespaces depend on each other without cycles, and every namespace matches its
/// folder, and no source file grows past 300 lines. That the domain references nothing is the domain tests' own <c>ArchitectureTests</c>.
/// </summary>
public sealed partial class LayoutTests
{
    private const string Features = "JrCasework.Web.Features";

    /// <summary>A file a reader takes in at once; longer ones hide more than one thing.</summary>
    private const int MaxLines = 300;

    private static readonly Assembly Web = typeof(CaseService).Assembly;

    [Fact]
    public void TheDataLayer_DoesNotReferenceTheWebProject()
    {
        Assert.DoesNotContain(typeof(JrCaseworkDbContext).Assembly.GetReferencedAssemblies(), a => a.Name == Web.GetName().Name);
    }

    [Theory]
    [InlineData("JrCasework.Web.Hosting")]
    [InlineData("JrCasework.Web.Demo")]
    public void Features_NeverDependOn_StartUpOrDemoCode(string startUp)
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace(Features).ShouldNot().HaveDependencyOn(startUp).GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void FeatureNamespaces_DependOnEachOther_WithoutCycles()
    {
        var features = Web.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => n[(Features.Length + 1)..].Split('.')[0])
            .Distinct()
            .ToList();
        var uses = features.ToDictionary(f => f, f => features.Where(other => other != f && DependsOn(f, other)).ToList());

        var cycle = features.Select(f => CycleFrom(f, uses, [f])).FirstOrDefault(c => c is not null);

        Assert.True(features.Count > 5, string.Join(", ", features));
        Assert.True(cycle is null, $"Feature namespaces in a cycle: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void EveryNamespace_MatchesItsFolder()
    {
        var root = RepositoryRoot();
        var wrong = new List<string>();
        foreach (var project in new[] { "JrCasework.Domain", "JrCasework.Data", "JrCasework.Web" })
        {
            var folder = Path.Combine(root, "src", project);
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                         .Where(f => !IsGenerated(Path.GetRelativePath(folder, f))))
            {
                var relative = Path.GetDirectoryName(Path.GetRelativePath(folder, file))!;
                var expected = string.Join('.', new[] { project }.Concat(relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)));
                var declared = DeclaredNamespace(File.ReadAllText(file));
                if (declared is not null && declared != expected)
                {
                    wrong.Add($"{Path.GetRelativePath(root, file)} declares {declared}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void NoHandWrittenSourceFile_IsLongerThan300Lines()
    {
        var root = RepositoryRoot();
        var tooLong = new[] { "src", "tools", "tests" }
            .Select(folder => Path.Combine(root, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "Migrations")))
            .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }

    private static bool DependsOn(string feature, string other) =>
        !Types.InAssembly(Web).That().ResideInNamespace($"{Features}.{feature}")
            .ShouldNot().HaveDependencyOn($"{Features}.{other}").GetResult().IsSuccessful;

    private static List<string>? CycleFrom(string current, Dictionary<string, List<string>> uses, List<string> path)
    {
        foreach (var next in uses[current])
        {
            if (next == path[0])
            {
                return [.. path, next];
            }

            if (!path.Contains(next) && CycleFrom(next, uses, [.. path, next]) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static bool IsGenerated(string relative) =>
        relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal)
        || relative.StartsWith("Migrations", StringComparison.Ordinal);

    /// <summary>The namespace a file declares (<c>namespace X;</c> or <c>@namespace X</c>); null when it leaves it to its folder.</summary>
    private static string? DeclaredNamespace(string source) => NamespaceLine().Match(source) is { Success: true } match ? match.Groups[1].Value : null;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "JrCasework.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (JrCasework.sln) was not found.");
    }

    [GeneratedRegex(@"^(?:@namespace|namespace) ([\w.]+);?\s*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
