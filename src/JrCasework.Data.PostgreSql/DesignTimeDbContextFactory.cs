using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JrCasework.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model and its migrations without starting the web app or a server:
/// adding a migration and checking for pending model changes never connect.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JrCaseworkDbContext>
{
    public JrCaseworkDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JrCaseworkDbContext>();
        options.UseJrCaseworkDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=jrcasework_design_time");
        return new JrCaseworkDbContext(options.Options);
    }
}
