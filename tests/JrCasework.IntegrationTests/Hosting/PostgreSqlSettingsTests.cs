using JrCasework.Data;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>Settings an installation on PostgreSQL must get right before it starts: it refuses to start with a clear message otherwise.</summary>
public sealed class PostgreSqlSettingsTests
{
    [Fact]
    public async Task WithoutASharedPseudonymKey_AnInstanceOnPostgreSql_DoesNotStart()
    {
        await using var factory = new JrCaseworkFactory { Provider = DatabaseProvider.PostgreSql, SeedDemoData = false };
        factory.Settings["Reports:PseudonymKey"] = "";

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("Reports:PseudonymKey is not set", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_AConnectionStringWithErrorDetail_IsRefused()
    {
        await using var factory = new JrCaseworkFactory { Provider = DatabaseProvider.PostgreSql, SeedDemoData = false };
        factory.Settings["environment"] = "Production";
        factory.Settings["ConnectionStrings:JrCasework"] = TestDatabase.PostgreSqlConnectionString(factory.PostgreSqlDatabase) + ";Include Error Detail=true";

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("Include Error Detail", refused.Message, StringComparison.Ordinal);
    }
}
