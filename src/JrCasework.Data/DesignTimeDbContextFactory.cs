using Microsoft.EntityFrameworkCore.Design;

namespace JrCasework.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JrCaseworkDbContext>
{
    public JrCaseworkDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JrCaseworkDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new JrCaseworkDbContext(options);
    }
}
