namespace JrCasework.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void TheDomain_ReferencesOnlyTheFramework_NeverInfrastructure()
    {
        var references = typeof(Roles).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal),
            $"The domain must not reference {name}."));
    }
}
