namespace JrCasework.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(OrgUnit.MaxNameLength);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Name);
    }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.FullName).HasMaxLength(Employee.MaxNameLength);
        builder.Property(e => e.EmployeeNumber).HasMaxLength(Employee.MaxNumberLength);
        builder.HasIndex(e => e.EmployeeNumber).IsUnique();
        builder.HasIndex(e => e.OrgUnitId);
        builder.HasIndex(e => e.SupervisorUserId);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.HasLeft);
    }
}
