using JrCasework.Data.Identity;
using JrCasework.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Data;

/// <summary>The one database of JR Casework: identity, organisation and (later) cases.</summary>
public sealed class JrCaseworkDbContext(DbContextOptions<JrCaseworkDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<ManagedOrgUnit> ManagedOrgUnits => Set<ManagedOrgUnit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JrCaseworkDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
