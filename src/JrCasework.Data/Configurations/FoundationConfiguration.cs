using JrCasework.Domain.Foundations;

namespace JrCasework.Data.Configurations;

internal sealed class FoundationMomentConfiguration : IEntityTypeConfiguration<FoundationMoment>
{
    public void Configure(EntityTypeBuilder<FoundationMoment> builder)
    {
        builder.ToTable("FoundationMoments");
        builder.Property(m => m.SupervisorUserId).HasMaxLength(450);
        builder.Property(m => m.Note).HasMaxLength(FoundationMoment.MaxNoteLength);
        builder.Property(m => m.WhatChanges).HasMaxLength(FoundationMoment.MaxNoteLength);
        builder.Ignore(m => m.Change);

        // The team page: a supervisor's moments by date; the manager's counts per supervisor.
        builder.HasIndex(m => new { m.SupervisorUserId, m.OccurredOn });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.SupervisorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Employees).WithOne().HasForeignKey(e => e.FoundationMomentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Employees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FoundationMomentEmployeeConfiguration : IEntityTypeConfiguration<FoundationMomentEmployee>
{
    public void Configure(EntityTypeBuilder<FoundationMomentEmployee> builder)
    {
        builder.ToTable("FoundationMomentEmployees");
        builder.HasKey(e => new { e.FoundationMomentId, e.EmployeeId });

        // A person's page and the last time per foundation per person.
        builder.HasIndex(e => e.EmployeeId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
