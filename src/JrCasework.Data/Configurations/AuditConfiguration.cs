using JrCasework.Domain.Auditing;

namespace JrCasework.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Subject).HasMaxLength(AuditRecord.MaxSubjectLength);
        builder.Property(a => a.Detail).HasMaxLength(AuditRecord.MaxSubjectLength);
        builder.HasIndex(a => new { a.CaseId, a.AtUtc });
        builder.HasIndex(a => new { a.UserId, a.AtUtc });

        // No foreign key to the case: the audit trail outlives anonymisation of the case.
        builder.HasOne<JrCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.NoAction).IsRequired(false);
    }
}
